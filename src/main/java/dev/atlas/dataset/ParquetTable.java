package dev.atlas.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes the rows of one table as a Parquet file whose columns carry real types, derived from the
 * table's {@link RecordSchema}: counts and stars INT64, dates DATE, flags BOOLEAN, list columns
 * LIST&lt;STRING&gt; (the three-level form every reader knows), absent values null. The flat columns
 * are the CSV's, in the same order, and rows are written in the order given, straight from the
 * record's values (no intermediate object model). The writer's settings are fixed and it stores no
 * clock value, so the same rows give the same bytes.
 *
 * @param <T> the record type
 */
public final class ParquetTable<T extends Record> implements BackgroundWriter.Sink<T> {
  private final ParquetWriter<T> writer;

  private ParquetTable(RecordSchema<T> schema, Path file) throws IOException {
    Files.deleteIfExists(file);
    this.writer = new Builder<>(new LocalOutputFile(file), new RowWriter<>(schema))
        .withConf(new PlainParquetConfiguration())
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withCodecFactory(Uncompressed.FACTORY)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .build();
  }

  /** Creates {@code file} (replacing it) for rows of {@code schema}. */
  public static <T extends Record> ParquetTable<T> create(RecordSchema<T> schema, Path file) throws IOException {
    return new ParquetTable<>(schema, file);
  }

  /** Returns the Parquet schema the file is written with: one field per flat column. */
  public static MessageType messageType(RecordSchema<?> schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (Column c : schema.flatColumns()) {
      message.addField(switch (c.kind()) {
        case TEXT, LABEL -> Types.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
        case INT -> Types.required(PrimitiveTypeName.INT64).named(c.name());
        case OPTIONAL_INT, OPTIONAL_LONG -> Types.optional(PrimitiveTypeName.INT64).named(c.name());
        case BOOL -> Types.required(PrimitiveTypeName.BOOLEAN).named(c.name());
        case DATE -> Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(c.name());
        case LIST -> Types.requiredList()
            .requiredElement(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
        case RECORDS -> throw new IllegalStateException("not a flat column: " + c.name());
      });
    }
    return message.named("dev.atlas." + schema.name());
  }

  /** Writes one row. */
  @Override
  public void write(T record) throws IOException {
    writer.write(record);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** Writes a record's flat columns as one Parquet row. */
  private static final class RowWriter<T extends Record> extends WriteSupport<T> {
    private final RecordSchema<T> schema;
    private final List<Column> columns;
    private final MessageType type;
    private RecordConsumer out;

    RowWriter(RecordSchema<T> schema) {
      this.schema = schema;
      this.columns = schema.flatColumns();
      this.type = messageType(schema);
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(type, Map.of());
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
      return new WriteContext(type, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      out = recordConsumer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(T record) {
      List<Object> values = schema.flatValues(record);
      out.startMessage();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Object v = values.get(i);
        switch (c.kind()) {
          case TEXT -> field(c, i, () -> out.addBinary(Binary.fromString((String) v)));
          case LABEL -> field(c, i, () -> out.addBinary(Binary.fromString(((Enum<?>) v).name().toLowerCase(Locale.ROOT))));
          case INT -> field(c, i, () -> out.addLong((Integer) v));
          case OPTIONAL_INT -> {
            if ((Integer) v != 0) {
              field(c, i, () -> out.addLong((Integer) v));
            }
          }
          case OPTIONAL_LONG -> {
            if (v != null) {
              field(c, i, () -> out.addLong((Long) v));
            }
          }
          case BOOL -> field(c, i, () -> out.addBoolean((Boolean) v));
          case DATE -> {
            if (!((String) v).isEmpty()) {
              int day = epochDay(c, (String) v);
              field(c, i, () -> out.addInteger(day));
            }
          }
          case LIST -> field(c, i, () -> list((List<String>) v));
          case RECORDS -> throw new IllegalStateException("not a flat column: " + c.name());
        }
      }
      out.endMessage();
    }

    private void field(Column c, int index, Runnable value) {
      out.startField(c.name(), index);
      value.run();
      out.endField(c.name(), index);
    }

    /** A LIST in the three-level form: group (LIST) { repeated group list { element } }. */
    private void list(List<String> values) {
      out.startGroup();
      if (!values.isEmpty()) {
        out.startField("list", 0);
        for (String v : values) {
          out.startGroup();
          out.startField("element", 0);
          out.addBinary(Binary.fromString(v));
          out.endField("element", 0);
          out.endGroup();
        }
        out.endField("list", 0);
      }
      out.endGroup();
    }

    private int epochDay(Column c, String iso) {
      try {
        return (int) LocalDate.parse(iso).toEpochDay();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(schema.name() + "." + c.name() + " is not an ISO date: '" + iso + "'", e);
      }
    }
  }

  /** A writer builder for {@link RowWriter}. */
  private static final class Builder<T extends Record> extends ParquetWriter.Builder<T, Builder<T>> {
    private final RowWriter<T> rows;

    Builder(LocalOutputFile file, RowWriter<T> rows) {
      super(file);
      this.rows = rows;
    }

    @Override
    protected Builder<T> self() {
      return this;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(Configuration conf) {
      return rows;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
      return rows;
    }
  }

  /** Pages as they are: Parquet's dictionary and run-length encodings already make the files small. */
  private static final class Uncompressed implements CompressionCodecFactory {
    static final Uncompressed FACTORY = new Uncompressed();

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
      return new BytesInputCompressor() {
        @Override
        public BytesInput compress(BytesInput bytes) {
          return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
          return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {}
      };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
      throw new UnsupportedOperationException("Atlas writes Parquet; it does not read it");
    }

    @Override
    public void release() {}
  }
}
