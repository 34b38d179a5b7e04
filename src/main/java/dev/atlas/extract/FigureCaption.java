package dev.atlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered figure caption that names a project: "图 1：MinerU 项目主页", "Figure 2: Marker demo".
 * WeChat posts introduce each project this way, with the project's text in the paragraph below.
 *
 * @param name the project name the caption opens with
 * @param heading the caption without its figure number
 */
public record FigureCaption(String name, String heading) {
  private static final Pattern CAPTION =
      Pattern.compile("^(?:图|圖|图片|figure|fig\\.?)\\s*(\\d{1,3})\\s*[：:.、|\\-–—]?\\s*(.{1,80})$", Pattern.CASE_INSENSITIVE);
  /** A Latin project name at the caption's start, up to the first CJK character or the end. */
  private static final Pattern LEADING_NAME =
      Pattern.compile("^([A-Za-z][A-Za-z0-9.+_\\-]*(?: [A-Za-z0-9][A-Za-z0-9.+_\\-]*){0,3})(?=\\s*(?:\\p{IsHan}|$))");

  /**
   * Reads {@code line} as a caption naming a project; null when it is not a numbered caption (or
   * is figure 0, a cover) or does not open with a Latin name.
   */
  public static FigureCaption parse(String line) {
    if (line == null || line.length() > 100 || line.isBlank()) {
      return null;
    }
    char c = Character.toLowerCase(line.strip().charAt(0));
    if (c != '图' && c != '圖' && c != 'f') {
      return null;
    }
    Matcher m = CAPTION.matcher(line.strip());
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      return null;
    }
    String heading = m.group(2).strip();
    Matcher name = LEADING_NAME.matcher(heading);
    if (!name.find() || !NameRules.looksLikeProjectName(name.group(1))) {
      return null;
    }
    return new FigureCaption(name.group(1).strip(), heading);
  }

  /**
   * The caption's project name as {@code paragraph} opens with it: the longest run of the
   * caption's leading words the paragraph starts with ("Marker" for "Marker demo" over "Marker is
   * …"); "" when the paragraph is about something else.
   */
  public String nameIn(String paragraph) {
    if (paragraph == null) {
      return "";
    }
    String p = paragraph.strip();
    String candidate = name;
    while (!candidate.isEmpty()) {
      int n = candidate.length();
      if (p.regionMatches(true, 0, candidate, 0, n) && (p.length() == n || !Character.isLetterOrDigit(p.charAt(n)))) {
        return p.substring(0, n);
      }
      int space = candidate.lastIndexOf(' ');
      candidate = space < 0 ? "" : candidate.substring(0, space);
    }
    return "";
  }
}
