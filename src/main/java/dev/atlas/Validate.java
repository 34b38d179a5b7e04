package dev.atlas;

/** Argument checks gathered in one place, so every public entry point fails the same way. */
public final class Validate {
  private Validate() {}

  /** Returns {@code value}, or throws {@link IllegalArgumentException} naming {@code what} when it is null. */
  public static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} with {@code message} when {@code condition} is false. */
  public static void isTrue(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
