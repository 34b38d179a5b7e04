package dev.atlas.pipeline;

import dev.atlas.dataset.RecordSchema;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The coder of a dataset record (mention, project, article row, rejection): its schema's compact
 * binary form, strings and varints in column order. Java serialization, Beam's fallback, spent
 * most of the DirectRunner's grouping time on class descriptors and nested a project's mentions
 * through it again.
 *
 * @param <T> the record type
 */
public final class RecordCoder<T extends Record> extends CustomCoder<T> {
  private final RecordSchema<T> schema;

  private RecordCoder(RecordSchema<T> schema) {
    this.schema = schema;
  }

  /** Returns the coder of records of {@code schema}. */
  public static <T extends Record> RecordCoder<T> of(RecordSchema<T> schema) {
    return new RecordCoder<>(schema);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    schema.write(value, new DataOutputStream(out));
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return schema.read(new DataInputStream(in));
  }

  /** The coding is a function of the value: lists in their order, no maps. */
  @Override
  public void verifyDeterministic() {}

  /** Records are equal when their components are, and so when their codings are. */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordCoder<?> other && other.schema.equals(schema);
  }

  @Override
  public int hashCode() {
    return schema.hashCode();
  }

  @Override
  public String toString() {
    return "RecordCoder(" + schema.name() + ")";
  }
}
