package dev.atlas.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atlas.Validate;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one declaration of a dataset record's columns, from which every format is derived: the CSV
 * header and cells, the JSON object and its reading back, the compact binary coding of the sorted
 * parts' rows, and the Parquet schema. A stored column is the record component of the same name in
 * camelCase, in component order; {@link #of} checks that when the class loads, so adding a column
 * is one change here plus the record component.
 *
 * @param <T> the record type
 */
public final class RecordSchema<T extends Record> implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final List<Column> columns;
  private transient volatile Access<T> access;

  private RecordSchema(Class<T> type, List<Column> columns) {
    this.type = type;
    this.columns = List.copyOf(columns);
  }

  /**
   * Returns the schema of {@code type} with {@code columns}; throws IllegalArgumentException when
   * the stored columns are not the record's components, in order, with matching types.
   */
  public static <T extends Record> RecordSchema<T> of(Class<T> type, Column... columns) {
    Validate.notNull(type, "type");
    RecordSchema<T> schema = new RecordSchema<>(type, List.of(columns));
    schema.access();
    return schema;
  }

  /** Returns the record type's simple name, e.g. {@code Mention}. */
  public String name() {
    return type.getSimpleName();
  }

  /** Returns every column, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** Returns the columns of the flat tables (CSV, Parquet), in order. */
  public List<Column> flatColumns() {
    return columns.stream().filter(Column::flat).toList();
  }

  /** Returns the CSV header: the names of the flat columns. */
  public List<String> header() {
    return flatColumns().stream().map(Column::name).toList();
  }

  /** Returns the value of {@code column} in {@code record}: the component's, or the derived one. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Object value(T record, Column column) {
    if (!column.stored()) {
      return ((Column.Derived) column.derived()).of(record);
    }
    return component(record, access().indexOf(column));
  }

  private Object component(T record, int stored) {
    try {
      return access().accessors[stored].invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name() + "." + access().stored.get(stored).component(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object[] values(T record) {
    Object[] values = new Object[columns.size()];
    int stored = 0;
    for (int i = 0; i < values.length; i++) {
      Column c = columns.get(i);
      values[i] = c.stored() ? component(record, stored++) : ((Column.Derived) c.derived()).of(record);
    }
    return values;
  }

  /**
   * Returns a copy of {@code record} with the stored column named {@code column} set to {@code value},
   * through the record's constructor (so its checks run); throws IllegalArgumentException when no
   * stored column has that name or the value is not of the component's type.
   */
  public T with(T record, String column, Object value) {
    List<Column> stored = access().stored;
    Object[] args = new Object[stored.size()];
    boolean found = false;
    for (int i = 0; i < args.length; i++) {
      boolean target = stored.get(i).name().equals(column);
      found |= target;
      args[i] = target ? value : component(record, i);
    }
    if (!found) {
      throw new IllegalArgumentException(name() + " has no stored column " + column);
    }
    return construct(Arrays.asList(args));
  }

  /** Returns the values of the flat columns, in {@link #header} order, as {@link #value} gives them. */
  public List<Object> flatValues(T record) {
    Object[] values = values(record);
    List<Object> flat = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (columns.get(i).flat()) {
        flat.add(values[i]);
      }
    }
    return flat;
  }

  /** Returns the row's CSV cells, in {@link #header} order; absent values are empty cells. */
  public List<String> cells(T record) {
    Object[] values = values(record);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      Column c = columns.get(i);
      if (c.flat()) {
        cells.add(cell(c, values[i]));
      }
    }
    return cells;
  }

  /** Returns {@code record} as a JSON object with keys in column order; absent values are null. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public ObjectNode json(T record) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    Object[] values = values(record);
    for (int i = 0; i < values.length; i++) {
      Column c = columns.get(i);
      Object v = values[i];
      switch (c.kind()) {
        case TEXT, DATE -> o.put(c.name(), (String) v);
        case LABEL -> o.put(c.name(), label(v));
        case INT -> o.put(c.name(), (Integer) v);
        case OPTIONAL_INT -> {
          if ((Integer) v == 0) {
            o.putNull(c.name());
          } else {
            o.put(c.name(), (Integer) v);
          }
        }
        case OPTIONAL_LONG -> {
          if (v == null) {
            o.putNull(c.name());
          } else {
            o.put(c.name(), (Long) v);
          }
        }
        case BOOL -> o.put(c.name(), (Boolean) v);
        case LIST -> {
          ArrayNode a = o.putArray(c.name());
          ((List<String>) v).forEach(a::add);
        }
        case RECORDS -> {
          ArrayNode a = o.putArray(c.name());
          RecordSchema nested = c.nested();
          for (Object element : (List<?>) v) {
            a.add(nested.json((Record) element));
          }
        }
        default -> throw new IllegalStateException(c.kind().toString());
      }
    }
    return o;
  }

  /**
   * Writes {@code record} to {@code out} as the JSON object {@link #json} builds, token by token,
   * with no tree between: the same keys, order and values.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void writeJson(T record, JsonGenerator out) throws IOException {
    out.writeStartObject();
    Object[] values = values(record);
    for (int i = 0; i < values.length; i++) {
      Column c = columns.get(i);
      Object v = values[i];
      out.writeFieldName(c.name());
      switch (c.kind()) {
        case TEXT, DATE -> out.writeString((String) v);
        case LABEL -> out.writeString(label(v));
        case INT -> out.writeNumber((Integer) v);
        case OPTIONAL_INT -> {
          if ((Integer) v == 0) {
            out.writeNull();
          } else {
            out.writeNumber((Integer) v);
          }
        }
        case OPTIONAL_LONG -> {
          if (v == null) {
            out.writeNull();
          } else {
            out.writeNumber((Long) v);
          }
        }
        case BOOL -> out.writeBoolean((Boolean) v);
        case LIST -> {
          out.writeStartArray();
          for (String element : (List<String>) v) {
            out.writeString(element);
          }
          out.writeEndArray();
        }
        case RECORDS -> {
          out.writeStartArray();
          RecordSchema nested = c.nested();
          for (Object element : (List<?>) v) {
            nested.writeJson((Record) element, out);
          }
          out.writeEndArray();
        }
        default -> throw new IllegalStateException(c.kind().toString());
      }
    }
    out.writeEndObject();
  }

  /**
   * Reads a record back from its JSON object; a missing or null key reads as the kind's absent
   * value (empty text, 0, null, false, an empty list). Derived columns are ignored.
   */
  public T fromJson(JsonNode node) {
    List<Object> args = new ArrayList<>();
    for (Column c : columns) {
      if (!c.stored()) {
        continue;
      }
      JsonNode v = node.path(c.name());
      boolean absent = v.isMissingNode() || v.isNull();
      args.add(switch (c.kind()) {
        case TEXT, DATE -> absent ? "" : v.asText();
        case LABEL -> enumConstant(c, absent ? "" : v.asText());
        case INT, OPTIONAL_INT -> absent ? 0 : v.asInt();
        case OPTIONAL_LONG -> absent ? null : v.asLong();
        case BOOL -> !absent && v.asBoolean();
        case LIST -> {
          List<String> values = new ArrayList<>();
          v.forEach(e -> values.add(e.asText()));
          yield values;
        }
        case RECORDS -> {
          List<Object> values = new ArrayList<>();
          v.forEach(e -> values.add(c.nested().fromJson(e)));
          yield values;
        }
      });
    }
    return construct(args);
  }

  /**
   * Reads a record back from its CSV cells, the reverse of {@link #cells}: {@code cellOf} gives a
   * column's cell by name, null when the file has no such column, which reads as the kind's absent
   * value (as does an empty cell). Nested records read as none; derived columns are ignored. Throws
   * IllegalArgumentException on a cell that is not of its column's kind.
   */
  public T fromCells(Function<String, String> cellOf) {
    List<Object> args = new ArrayList<>();
    for (Column c : columns) {
      if (!c.stored()) {
        continue;
      }
      String v = c.flat() ? cellOf.apply(c.name()) : null;
      boolean absent = v == null || v.isEmpty();
      try {
        args.add(switch (c.kind()) {
          case TEXT, DATE -> absent ? "" : v;
          case LABEL -> enumConstant(c, absent ? "" : v);
          case INT, OPTIONAL_INT -> absent ? 0 : Integer.parseInt(v);
          case OPTIONAL_LONG -> absent ? null : Long.parseLong(v);
          case BOOL -> !absent && Boolean.parseBoolean(v);
          case LIST -> absent ? List.of() : List.of(v.split(";", -1));
          case RECORDS -> List.of();
        });
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name() + "." + c.name() + ": '" + v + "' is not a number");
      }
    }
    return construct(args);
  }

  /** Writes {@code record}'s stored columns in a compact binary form that {@link #read} reverses. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void write(T record, DataOutput out) throws IOException {
    int stored = 0;
    for (Column c : columns) {
      if (!c.stored()) {
        continue;
      }
      Object v = component(record, stored++);
      switch (c.kind()) {
        case TEXT, DATE -> writeString(out, (String) v);
        case LABEL -> writeVarLong(out, ((Enum<?>) v).ordinal());
        case INT, OPTIONAL_INT -> writeVarLong(out, zigzag((Integer) v));
        case OPTIONAL_LONG -> {
          out.writeBoolean(v != null);
          if (v != null) {
            writeVarLong(out, zigzag((Long) v));
          }
        }
        case BOOL -> out.writeBoolean((Boolean) v);
        case LIST -> {
          List<String> values = (List<String>) v;
          writeVarLong(out, values.size());
          for (String s : values) {
            writeString(out, s);
          }
        }
        case RECORDS -> {
          List<?> values = (List<?>) v;
          RecordSchema nested = c.nested();
          writeVarLong(out, values.size());
          for (Object element : values) {
            nested.write((Record) element, out);
          }
        }
        default -> throw new IllegalStateException(c.kind().toString());
      }
    }
  }

  /** Returns {@code record} in the binary form of {@link #write}. */
  public byte[] bytes(T record) {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(256);
    try {
      write(record, new java.io.DataOutputStream(buffer));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /** Reads a record from the bytes {@link #bytes} gave; throws IOException when they are not one. */
  public T fromBytes(byte[] data) throws IOException {
    java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(data));
    T record = read(in);
    if (in.available() > 0) {
      throw new IOException(name() + ": " + in.available() + " bytes left after a record");
    }
    return record;
  }

  /** Reads a record written by {@link #write}. */
  public T read(DataInput in) throws IOException {
    List<Object> args = new ArrayList<>();
    for (Column c : columns) {
      if (!c.stored()) {
        continue;
      }
      args.add(switch (c.kind()) {
        case TEXT, DATE -> readString(in);
        case LABEL -> enumByOrdinal(c, (int) readVarLong(in));
        case INT, OPTIONAL_INT -> (int) unzigzag(readVarLong(in));
        case OPTIONAL_LONG -> in.readBoolean() ? unzigzag(readVarLong(in)) : null;
        case BOOL -> in.readBoolean();
        case LIST -> {
          int n = (int) readVarLong(in);
          List<String> values = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            values.add(readString(in));
          }
          yield values;
        }
        case RECORDS -> {
          int n = (int) readVarLong(in);
          List<Object> values = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            values.add(c.nested().read(in));
          }
          yield values;
        }
      });
    }
    return construct(args);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordSchema<?> other && other.type.equals(type) && other.signature().equals(signature());
  }

  /** The names and kinds of the columns: what equality of schemas compares (derived functions are code). */
  private List<String> signature() {
    return columns.stream().map(c -> c.name() + ":" + c.kind() + (c.stored() ? "" : ":derived")).toList();
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + signature().hashCode();
  }

  @Override
  public String toString() {
    return name() + header();
  }

  private static String cell(Column c, Object v) {
    return switch (c.kind()) {
      case TEXT, DATE -> (String) v;
      case LABEL -> label(v);
      case INT -> v.toString();
      case OPTIONAL_INT -> (Integer) v == 0 ? "" : v.toString();
      case OPTIONAL_LONG -> v == null ? "" : v.toString();
      case BOOL -> (Boolean) v ? "true" : "false";
      case LIST -> {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) v;
        yield String.join(";", values);
      }
      case RECORDS -> throw new IllegalArgumentException("column " + c.name() + " has no CSV cell");
    };
  }

  private static String label(Object v) {
    return ((Enum<?>) v).name().toLowerCase(Locale.ROOT);
  }

  private Object enumConstant(Column c, String label) {
    for (Object constant : access().componentTypes[access().indexOf(c)].getEnumConstants()) {
      if (((Enum<?>) constant).name().equalsIgnoreCase(label)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(name() + "." + c.name() + ": unknown value '" + label + "'");
  }

  private Object enumByOrdinal(Column c, int ordinal) throws IOException {
    Object[] constants = access().componentTypes[access().indexOf(c)].getEnumConstants();
    if (ordinal < 0 || ordinal >= constants.length) {
      throw new IOException(name() + "." + c.name() + ": no constant " + ordinal);
    }
    return constants[ordinal];
  }

  private T construct(List<Object> args) {
    try {
      return access().constructor.newInstance(args.toArray());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot create " + name(), e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private Access<T> access() {
    Access<T> a = access;
    if (a == null) {
      a = new Access<>(type, columns);
      access = a;
    }
    return a;
  }

  /** The reflective handles of a schema, checked against the record once and rebuilt after deserialization. */
  private static final class Access<T> {
    final Method[] accessors;
    final Class<?>[] componentTypes;
    final Constructor<T> constructor;
    final List<Column> stored;

    Access(Class<T> type, List<Column> columns) {
      stored = columns.stream().filter(Column::stored).toList();
      RecordComponent[] components = type.getRecordComponents();
      if (components.length != stored.size()) {
        throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
            + " components but its schema stores " + stored.size() + " columns");
      }
      accessors = new Method[components.length];
      componentTypes = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        Column c = stored.get(i);
        RecordComponent rc = components[i];
        if (!rc.getName().equals(c.component())) {
          throw new IllegalArgumentException(type.getSimpleName() + ": column " + i + " is " + c.name()
              + " but the component is " + rc.getName());
        }
        if (!fits(c.kind(), rc.getType())) {
          throw new IllegalArgumentException(type.getSimpleName() + "." + rc.getName() + " is a "
              + rc.getType().getSimpleName() + ", not a " + c.kind() + " column");
        }
        accessors[i] = rc.getAccessor();
        componentTypes[i] = rc.getType();
      }
      try {
        constructor = type.getDeclaredConstructor(componentTypes);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(type.getSimpleName() + " has no canonical constructor", e);
      }
    }

    int indexOf(Column column) {
      int i = stored.indexOf(column);
      if (i < 0) {
        throw new IllegalArgumentException("not a stored column: " + column.name());
      }
      return i;
    }

    private static boolean fits(Column.Kind kind, Class<?> t) {
      return switch (kind) {
        case TEXT, DATE -> t == String.class;
        case INT, OPTIONAL_INT -> t == int.class;
        case OPTIONAL_LONG -> t == Long.class;
        case BOOL -> t == boolean.class;
        case LIST, RECORDS -> t == List.class;
        case LABEL -> t.isEnum();
      };
    }
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  private static void writeVarLong(DataOutput out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInput in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("malformed varint");
  }

  private static void writeString(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeVarLong(out, b.length);
    out.write(b);
  }

  private static String readString(DataInput in) throws IOException {
    long n = readVarLong(in);
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw new IOException("malformed string length " + n);
    }
    byte[] b = new byte[(int) n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
