package dev.atlas.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: byte-order marks first (UTF-8, UTF-16 LE/BE), then strict
 * UTF-8, then the charset juniversalchardet detects (GB18030, Big5, …). Binary content is
 * recognized by its magic number or by NUL bytes and rejected.
 */
public final class TextDecoder {
  private static final int SNIFF = 8192;

  private TextDecoder() {}

  /** Decoded text and the name of the charset that decoded it. */
  public record Decoded(String text, String charset) {}

  /** Decodes {@code bytes}, or throws with reason EMPTY, BINARY, UNDECODABLE or NO_TEXT. */
  public static Decoded decode(byte[] bytes) throws ArticleReadException {
    if (bytes == null || bytes.length == 0) {
      throw new ArticleReadException(RejectReason.EMPTY, "file has 0 bytes");
    }
    Decoded decoded = byBom(bytes);
    if (decoded == null) {
      String magic = magic(bytes);
      if (magic != null) {
        throw new ArticleReadException(RejectReason.BINARY, "binary content: " + magic);
      }
      if (hasNul(bytes)) {
        throw new ArticleReadException(RejectReason.BINARY, "binary content: NUL bytes in the first " + SNIFF + " bytes");
      }
      decoded = byDetection(bytes);
    }
    String text = decoded.text();
    if (!hasLetterOrDigit(text)) {
      throw new ArticleReadException(RejectReason.NO_TEXT, "decoded as " + decoded.charset() + " but holds no letters");
    }
    long control = controlCharacters(text);
    if (control * 20 > text.length()) {
      throw new ArticleReadException(RejectReason.BINARY, "binary content: " + control + " control characters");
    }
    return decoded;
  }

  /** True when {@code text} holds a letter or digit, in any script. */
  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The number of control characters other than line breaks, tabs and form feeds. */
  private static long controlCharacters(String text) {
    long control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control;
  }

  private static Decoded byBom(byte[] b) throws ArticleReadException {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 with BOM"), "UTF-8-BOM");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
    }
    return null;
  }

  private static Decoded byDetection(byte[] bytes) throws ArticleReadException {
    try {
      return new Decoded(decodeStrict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      List<String> candidates = new ArrayList<>();
      UniversalDetector detector = new UniversalDetector(null);
      detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
      detector.dataEnd();
      String detected = detector.getDetectedCharset();
      if (detected != null) {
        candidates.add(detected);
      }
      candidates.add("GB18030");
      candidates.add("Big5");
      for (String name : candidates) {
        Charset cs = charset(name);
        if (cs == null) {
          continue;
        }
        try {
          String text = decodeStrict(bytes, 0, cs);
          return new Decoded(text, label(cs));
        } catch (CharacterCodingException e) {
          // try the next candidate
        }
      }
      throw new ArticleReadException(RejectReason.UNDECODABLE,
          "not valid UTF-8" + (detected != null ? ", nor " + detected : "") + ", GB18030 or Big5");
    }
  }

  private static String label(Charset cs) {
    String name = cs.name();
    return name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("GB2312") ? "GB18030" : name;
  }

  private static Charset charset(String name) {
    try {
      String n = name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK") ? "GB18030" : name;
      return Charset.forName(n);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String strict(byte[] b, int offset, Charset cs, String what) throws ArticleReadException {
    try {
      return decodeStrict(b, offset, cs);
    } catch (CharacterCodingException e) {
      throw new ArticleReadException(RejectReason.UNDECODABLE, "byte-order mark says " + what + " but the bytes are not valid " + what);
    }
  }

  /**
   * Decodes with {@code cs}, failing on malformed or unmappable bytes. UTF-8 goes through the
   * String constructor (it replaces bad bytes with U+FFFD, so text without one decoded cleanly),
   * falling back to the reporting decoder only when a U+FFFD appears.
   */
  private static String decodeStrict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
    if (cs.equals(StandardCharsets.UTF_8)) {
      String text = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, offset, b.length - offset))
        .toString();
  }

  private static boolean hasNul(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String magic(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
      return "ZIP archive (or docx/xlsx/jar)";
    }
    if (starts(b, 0x1F, 0x8B)) {
      return "gzip archive";
    }
    if (starts(b, '7', 'z', 0xBC, 0xAF)) {
      return "7z archive";
    }
    if (starts(b, 'R', 'a', 'r', '!')) {
      return "RAR archive";
    }
    if (starts(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "Java class file";
    }
    if (starts(b, 'M', 'Z')) {
      return "Windows executable";
    }
    if (starts(b, 'R', 'I', 'F', 'F')) {
      return "RIFF media (WAV/AVI/WebP)";
    }
    if (starts(b, 'B', 'Z', 'h')) {
      return "bzip2 archive";
    }
    if (starts(b, 0xFD, '7', 'z', 'X', 'Z')) {
      return "xz archive";
    }
    if (b.length > 8 && starts(b, 0, 0, 0) && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      return "MP4/QuickTime media";
    }
    if (starts(b, 'S', 'Q', 'L', 'i', 't', 'e')) {
      return "SQLite database";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xff) != (sig[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }
}
