package dev.atlas.dataset;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process that owns a staging folder or an output lock: its pid and its start time. The start
 * time tells a live owner from a later process that was given the same pid, so a folder of a run
 * killed long ago is not kept because its pid came round again.
 *
 * @param pid the process id
 * @param startMillis the process's start, epoch milliseconds, or 0 when the system does not say
 */
public record RunOwner(long pid, long startMillis) {
  /**
   * How far two readings of one process's start may differ: the kernel gives it in clock ticks after
   * boot, and the boot time it is added to can move by a second when the clock is adjusted.
   */
  static final long START_TOLERANCE_MILLIS = 2_000;

  private static final Pattern TOKEN = Pattern.compile("(\\d{1,19})(?:-(\\d{1,19}))?");

  /** Returns this process. */
  public static RunOwner current() {
    return of(ProcessHandle.current());
  }

  /** Returns the owner that {@code process} would be. */
  public static RunOwner of(ProcessHandle process) {
    return new RunOwner(process.pid(), process.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
  }

  /** Returns the owner as written into folder and lock names: {@code pid-startMillis}, or {@code pid}. */
  public String token() {
    return startMillis == 0 ? Long.toString(pid) : pid + "-" + startMillis;
  }

  /**
   * Reads a {@link #token()}; a bare pid (as older versions named their staging folders) has start 0.
   * Returns empty for anything else.
   */
  public static Optional<RunOwner> parse(String token) {
    Matcher m = TOKEN.matcher(token == null ? "" : token.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new RunOwner(Long.parseLong(m.group(1)), m.group(2) == null ? 0 : Long.parseLong(m.group(2))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * True when a process with this pid is running and, where both start times are known, started when
   * this owner did. An unknown start time counts as a match, so a live owner is never taken for dead.
   */
  public boolean isAlive() {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    long start = process.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return startMillis == 0 || start == 0 || Math.abs(start - startMillis) <= START_TOLERANCE_MILLIS;
  }

  /** Describes the owner for a message: {@code pid 123, started 2026-12-03T10:00:00Z}. */
  public String describe() {
    return "pid " + pid + (startMillis == 0 ? "" : ", started " + Instant.ofEpochMilli(startMillis).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }
}
