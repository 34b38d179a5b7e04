package dev.atlas.dataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON rendering of dataset records, with fixed key order so files are byte-stable. */
public final class Json {
  /** The shared mapper: sorted map keys, pretty printing off (one object per line). */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {}

  /** Returns {@code project} as one line of JSON with its mentions nested, written token by token. */
  public static String project(Project p) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      Project.SCHEMA.writeJson(p, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Serializes a node compactly. */
  public static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serializes a node with indentation, for small files people read. */
  public static String pretty(Object node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
