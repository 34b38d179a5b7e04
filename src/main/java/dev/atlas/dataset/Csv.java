package dev.atlas.dataset;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of every file Atlas writes: RFC 4180 (CRLF, quotes doubled), UTF-8, and cells
 * neutralized against spreadsheet formula injection as OWASP recommends.
 */
public final class Csv {
  /** The format: RFC 4180. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  /**
   * Returns {@code cell} safe to open in a spreadsheet: a cell starting with {@code =}, {@code +},
   * {@code -}, {@code @}, tab or CR gets a leading apostrophe. Plain numbers ("-28") are left alone:
   * they cannot be formulas. Null gives an empty string.
   */
  public static String neutralize(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    if ((c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
        && !NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }

  /** Returns a printer of records in this dialect onto {@code out}; closing it closes {@code out}. */
  public static CSVPrinter printer(Appendable out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }

  /** Prints one record (cells neutralized) with {@code printer}: the text {@link #record} gives. */
  public static void print(CSVPrinter printer, List<String> cells) throws IOException {
    for (String cell : cells) {
      printer.print(neutralize(cell));
    }
    printer.println();
  }

  /** Returns one CSV record (cells neutralized), ending in CRLF. */
  public static String record(List<String> cells) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (String cell : cells) {
        printer.print(neutralize(cell));
      }
      printer.println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Returns the header record for {@code columns}. */
  public static String header(List<String> columns) {
    return record(columns);
  }
}
