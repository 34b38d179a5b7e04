package dev.atlas.testing;

import dev.atlas.dataset.OutputLock;
import dev.atlas.dataset.RunOwner;
import java.nio.file.Path;

/**
 * A process that takes the lock of an output folder as a run does and holds it until it is killed:
 * the other run of the concurrent-run tests, in a process of its own.
 */
public final class LockHolder {
  private LockHolder() {}

  /** Takes the lock of the output named by {@code args[0]}, prints {@code held}, and waits. */
  public static void main(String[] args) throws Exception {
    OutputLock lock = OutputLock.acquire(Path.of(args[0]), RunOwner.current());
    System.out.println(lock.held() ? "held" : "not held");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
