package dev.atlas.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalization shared by matching, deduplication and scoring. */
public final class Names {
  private Names() {}

  /**
   * Returns {@code text} NFKC-normalized, casefolded, with only letters and digits kept (CJK
   * included): "Deep Speech 2" becomes {@code deepspeech2}. Null gives an empty string.
   */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    if (isAscii(text)) {
      // NFKC leaves ASCII as it is: lowercase its letters and digits, drop the rest
      StringBuilder sb = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          sb.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          sb.append((char) (c + 32));
        }
      }
      return sb.toString();
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern REPO_PATH =
      java.util.regex.Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,38})/([A-Za-z0-9._-]{1,100})$");

  /**
   * The repository a text is the path of ("lmcinnes/umap"); acronym pairs like "CV/NLP" and any
   * other text give empty.
   */
  public static java.util.Optional<GithubRepo> repoPath(String text) {
    if (text == null || text.indexOf('/') < 0) {
      // a path holds a slash
      return java.util.Optional.empty();
    }
    java.util.regex.Matcher m = REPO_PATH.matcher(text.strip());
    if (!m.matches() || (m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) && m.group(1).length() <= 5)) {
      return java.util.Optional.empty();
    }
    return LinkNormalizer.github("https://github.com/" + m.group(1) + "/" + m.group(2));
  }

  /** Returns true when {@code text} holds at least one CJK ideograph. */
  public static boolean hasCjk(String text) {
    return text != null && text.codePoints().anyMatch(Names::isCjk);
  }

  /** Returns true for a CJK unified ideograph code point. */
  public static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x323AF) || (cp >= 0x2E80 && cp <= 0x2FDF) || cp == 0x3005 || cp == 0x3007;
  }
}
