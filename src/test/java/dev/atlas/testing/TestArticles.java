package dev.atlas.testing;

/** Articles the tests generate rather than store. */
public final class TestArticles {
  private TestArticles() {}

  /** Returns a markdown article listing {@code n} linked projects, about 60 bytes each. */
  public static String longList(int n) {
    StringBuilder sb = new StringBuilder("# Many projects\n\n");
    for (int i = 0; i < n; i++) {
      sb.append("- [Project ").append(i).append("](https://github.com/owner/project").append(i).append(") has ")
          .append(i).append(" stars\n");
    }
    return sb.toString();
  }
}
