package dev.atlas.report;

/**
 * Escaping for the report page: text and attribute values, JSON embedded in a script element, and
 * scripts inlined whole. Every string that comes from an article passes through one of these.
 */
public final class Html {
  private Html() {}

  /** Returns {@code s} safe as element text or a quoted attribute value ({@code & < > " '} escaped); null gives "". */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns JSON text safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} become
   * {@code \u003c}-style escapes (they only occur inside JSON strings, so the value is unchanged), and
   * so do U+2028 and U+2029. No {@code </script>} or {@code <!--} can survive.
   */
  public static String scriptJson(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Returns a script to inline in a {@code <script>} element: any {@code </script} becomes
   * {@code <\/script} and {@code <!--} becomes {@code <\!--}, which mean the same inside JavaScript strings.
   */
  public static String inlineScript(String js) {
    return js.replaceAll("(?i)</(script)", "<\\\\/$1").replace("<!--", "<\\!--");
  }
}
