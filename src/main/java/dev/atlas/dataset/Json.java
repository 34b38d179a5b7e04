package dev.atlas.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON rendering of dataset records, with fixed key order so files are byte-stable. */
public final class Json {
  /** The shared mapper: sorted map keys, pretty printing off (one object per line). */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Json() {}

  /** Returns {@code project} as one line of JSON with its mentions nested. */
  public static String project(Project p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("project_id", p.projectId());
    o.put("name", p.name());
    o.put("repo", p.repo());
    o.put("url", p.url());
    if (p.stars() == null) {
      o.putNull("stars");
    } else {
      o.put("stars", p.stars());
    }
    o.put("stars_approx", p.starsApprox());
    o.put("stars_date", p.starsDate());
    array(o, "domains", p.domains());
    array(o, "domains_explicit", p.domainsExplicit());
    array(o, "frameworks", p.frameworks());
    array(o, "aliases", p.aliases());
    o.put("article_count", p.articleCount());
    o.put("mention_count", p.mentions().size());
    o.put("first_seen", p.firstSeen());
    o.put("last_seen", p.lastSeen());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : p.mentions()) {
      mentions.add(mention(m));
    }
    return write(o);
  }

  /** Returns {@code m} as a JSON object. */
  public static ObjectNode mention(Mention m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("article_file", m.articleFile());
    o.put("position", m.position());
    o.put("project_id", m.projectId());
    o.put("name", m.name());
    o.put("heading", m.heading());
    o.put("repo", m.repo());
    o.put("path", m.path());
    o.put("url", m.url());
    if (m.stars() == null) {
      o.putNull("stars");
    } else {
      o.put("stars", m.stars());
    }
    o.put("stars_approx", m.starsApprox());
    array(o, "domains", m.domains());
    array(o, "domains_explicit", m.domainsExplicit());
    o.put("framework", m.framework());
    if (m.rank() == 0) {
      o.putNull("rank");
    } else {
      o.put("rank", m.rank());
    }
    o.put("author", m.author());
    o.put("line", m.line());
    o.put("published", m.published());
    o.put("evidence", m.evidence());
    o.put("link", m.link());
    return o;
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

  private static void array(ObjectNode o, String key, List<String> values) {
    ArrayNode a = o.putArray(key);
    values.forEach(a::add);
  }
}
