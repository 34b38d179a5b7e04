package dev.atlas.testing;

import dev.atlas.dataset.RunOwner;
import java.io.IOException;

/** Run owners for tests of stale folders and locks: a process that has ended, and one that lives. */
public final class Owners {
  private Owners() {}

  /** Returns the owner a run would have had in a process that has since ended (as after kill -9). */
  public static RunOwner dead() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("true").start();
    long pid = p.pid();
    p.waitFor();
    return new RunOwner(pid, System.currentTimeMillis());
  }

  /** Starts a process that lives until destroyed; the caller destroys it. */
  public static Process live() throws IOException {
    return new ProcessBuilder("sleep", "600").start();
  }
}
