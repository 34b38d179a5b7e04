package dev.atlas.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Writes the rows of one table as a Parquet file whose columns carry real types, derived from the
 * table's {@link RecordSchema}: counts and stars INT64, dates DATE, flags BOOLEAN, list columns
 * LIST&lt;STRING&gt;, absent values null. The flat columns are the CSV's, in the same order, and
 * rows are written in the order given. The writer's settings are fixed and it stores no clock
 * value, so the same rows give the same bytes.
 *
 * @param <T> the record type
 */
public final class ParquetTable<T extends Record> implements Closeable {
  private final RecordSchema<T> schema;
  private final List<Column> columns;
  private final Schema avro;
  private final ParquetWriter<GenericRecord> writer;

  private ParquetTable(RecordSchema<T> schema, Path file) throws IOException {
    this.schema = schema;
    this.columns = schema.flatColumns();
    this.avro = avroSchema(schema);
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    conf.set("parquet.avro.write-old-list-structure", "false");
    Files.deleteIfExists(file);
    this.writer = AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(file))
        .withSchema(avro)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
        .withCodecFactory(Uncompressed.FACTORY)
        .withWriteMode(ParquetFileWriter.Mode.CREATE)
        .build();
  }

  /** Creates {@code file} (replacing it) for rows of {@code schema}. */
  public static <T extends Record> ParquetTable<T> create(RecordSchema<T> schema, Path file) throws IOException {
    return new ParquetTable<>(schema, file);
  }

  /** Returns the Avro schema the file is written with: one field per flat column. */
  public static Schema avroSchema(RecordSchema<?> schema) {
    SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(schema.name()).namespace("dev.atlas").fields();
    for (Column c : schema.flatColumns()) {
      Schema type = switch (c.kind()) {
        case TEXT, LABEL -> Schema.create(Schema.Type.STRING);
        case INT -> Schema.create(Schema.Type.LONG);
        case OPTIONAL_INT, OPTIONAL_LONG -> optional(Schema.create(Schema.Type.LONG));
        case BOOL -> Schema.create(Schema.Type.BOOLEAN);
        case DATE -> optional(LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT)));
        case LIST -> Schema.createArray(Schema.create(Schema.Type.STRING));
        case RECORDS -> throw new IllegalStateException("not a flat column: " + c.name());
      };
      fields = fields.name(c.name()).type(type).noDefault();
    }
    return fields.endRecord();
  }

  /** Writes one row. */
  public void write(T record) throws IOException {
    GenericRecord row = new GenericData.Record(avro);
    List<Object> values = schema.flatValues(record);
    for (int i = 0; i < columns.size(); i++) {
      row.put(i, value(columns.get(i), values.get(i)));
    }
    writer.write(row);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static Schema optional(Schema type) {
    return Schema.createUnion(Schema.create(Schema.Type.NULL), type);
  }

  private Object value(Column c, Object v) {
    return switch (c.kind()) {
      case TEXT, LIST, BOOL -> v;
      case LABEL -> ((Enum<?>) v).name().toLowerCase(java.util.Locale.ROOT);
      case INT -> ((Integer) v).longValue();
      case OPTIONAL_INT -> (Integer) v == 0 ? null : ((Integer) v).longValue();
      case OPTIONAL_LONG -> v;
      case DATE -> date(c, (String) v);
      case RECORDS -> throw new IllegalStateException("not a flat column: " + c.name());
    };
  }

  private Object date(Column c, String iso) {
    if (iso.isEmpty()) {
      return null;
    }
    try {
      return (int) LocalDate.parse(iso).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(schema.name() + "." + c.name() + " is not an ISO date: '" + iso + "'", e);
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
