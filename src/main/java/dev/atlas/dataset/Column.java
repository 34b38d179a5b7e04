package dev.atlas.dataset;

import dev.atlas.Validate;
import java.io.Serializable;

/**
 * One column of a dataset table: its name in every format (CSV header, JSON key, Parquet field)
 * and the kind of value it holds, which decides how each format writes it.
 *
 * @param name the snake_case name; a stored column's record component is its camelCase form
 * @param kind the kind of value
 * @param derived how a column not stored in the record is computed from it, or null
 * @param nested the schema of a {@link Kind#RECORDS} column's elements, or null
 */
public record Column(String name, Kind kind, Derived<?> derived, RecordSchema<?> nested) implements Serializable {

  /** What a column holds, and so how CSV, JSON, Parquet and the binary coding write it. */
  public enum Kind {
    /** A string; empty when absent. */
    TEXT,
    /** An ISO date string ({@code 2024-05-01}) or empty; a DATE in Parquet. */
    DATE,
    /** An int. */
    INT,
    /** An int where 0 means absent: empty in CSV, null in JSON and Parquet. */
    OPTIONAL_INT,
    /** A nullable long: empty in CSV, null in JSON and Parquet. */
    OPTIONAL_LONG,
    /** A boolean. */
    BOOL,
    /** A list of strings: joined by {@code ;} in CSV, an array in JSON, LIST in Parquet. */
    LIST,
    /** An enum constant, written as its lowercase name. */
    LABEL,
    /** Nested records (a project's mentions): in JSON and the binary coding only. */
    RECORDS
  }

  /** Computes a derived column's value from its record. */
  @FunctionalInterface
  public interface Derived<T> extends Serializable {
    /** Returns the value of the column for {@code record}. */
    Object of(T record);
  }

  /** Creates a column; checks that a nested schema comes with RECORDS and only then. */
  public Column {
    Validate.notNull(name, "name");
    Validate.notNull(kind, "kind");
    if ((kind == Kind.RECORDS) != (nested != null)) {
      throw new IllegalArgumentException("column " + name + ": a nested schema goes with RECORDS, and only then");
    }
  }

  /** A text column. */
  public static Column text(String name) {
    return new Column(name, Kind.TEXT, null, null);
  }

  /** A date column (ISO text, or empty). */
  public static Column date(String name) {
    return new Column(name, Kind.DATE, null, null);
  }

  /** An int column. */
  public static Column integer(String name) {
    return new Column(name, Kind.INT, null, null);
  }

  /** An int column where 0 means absent. */
  public static Column optionalInt(String name) {
    return new Column(name, Kind.OPTIONAL_INT, null, null);
  }

  /** A nullable long column. */
  public static Column optionalLong(String name) {
    return new Column(name, Kind.OPTIONAL_LONG, null, null);
  }

  /** A boolean column. */
  public static Column bool(String name) {
    return new Column(name, Kind.BOOL, null, null);
  }

  /** A list-of-strings column. */
  public static Column list(String name) {
    return new Column(name, Kind.LIST, null, null);
  }

  /** An enum column, written as the constant's lowercase name. */
  public static Column label(String name) {
    return new Column(name, Kind.LABEL, null, null);
  }

  /** A column of nested records of {@code schema}. */
  public static Column records(String name, RecordSchema<?> schema) {
    return new Column(name, Kind.RECORDS, null, schema);
  }

  /** A column computed from the record by {@code value}, written but not stored or decoded. */
  public static <T> Column derived(String name, Kind kind, Derived<T> value) {
    Validate.notNull(value, "value");
    return new Column(name, kind, value, null);
  }

  /** Returns true when the record stores this column (it is a record component). */
  public boolean stored() {
    return derived == null;
  }

  /** Returns true when the column is a column of the flat tables (CSV, Parquet). */
  public boolean flat() {
    return kind != Kind.RECORDS;
  }

  /** Returns the record component name: the camelCase form of {@link #name}. */
  public String component() {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
