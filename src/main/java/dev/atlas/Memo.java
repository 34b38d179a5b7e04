package dev.atlas;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of short texts (a section label's rule, a label's
 * domains), which articles repeat ("Introduction", "## 计算机视觉", "Stars"). Bounded: past its
 * size it forgets everything and starts again, so memory never grows with the corpus. Safe for
 * several threads; results never depend on what it remembers.
 *
 * @param <V> the result type
 */
public final class Memo<V> {
  private final Map<String, V> values = new ConcurrentHashMap<>();
  private final int size;
  private final Function<String, V> compute;

  /** A memo of {@code compute} holding at most {@code size} results. */
  public Memo(int size, Function<String, V> compute) {
    Validate.isTrue(size > 0, "size must be positive");
    this.size = size;
    this.compute = Validate.notNull(compute, "compute");
  }

  /** Returns {@code compute(key)}, remembered; null keys are computed and not remembered. */
  public V get(String key) {
    if (key == null) {
      return compute.apply(null);
    }
    V v = values.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (values.size() >= size) {
        values.clear();
      }
      values.put(key, v);
    }
    return v;
  }
}
