package dev.atlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atlas.testing.Owners;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An owner is alive only while its process runs, and a reused pid is not its owner. */
class RunOwnerTest {
  @Test
  void tokenReadsBack() {
    RunOwner o = new RunOwner(4321, 1_733_220_000_123L);
    assertEquals("4321-1733220000123", o.token());
    assertEquals(Optional.of(o), RunOwner.parse(o.token()));
    assertEquals(Optional.of(new RunOwner(4321, 0)), RunOwner.parse("4321"));
    assertEquals(Optional.empty(), RunOwner.parse("4321-abc"));
    assertEquals(Optional.empty(), RunOwner.parse("x.staging-1"));
  }

  @Test
  void thisProcessIsAlive() {
    assertTrue(RunOwner.current().isAlive());
    assertTrue(RunOwner.current().startMillis() > 0, "the start time is known on this system");
  }

  @Test
  void anEndedProcessIsDead() throws Exception {
    assertFalse(Owners.dead().isAlive());
  }

  @Test
  void aPidRunningAnotherProcessIsNotTheOwner() {
    RunOwner me = RunOwner.current();
    assertFalse(new RunOwner(me.pid(), me.startMillis() - 3_600_000).isAlive(), "same pid, started an hour earlier");
    assertTrue(new RunOwner(me.pid(), me.startMillis() + 1_000).isAlive(), "within the start time's tolerance");
  }
}
