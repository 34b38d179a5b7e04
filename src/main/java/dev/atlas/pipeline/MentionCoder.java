package dev.atlas.pipeline;

import dev.atlas.dataset.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A compact coder for {@link Mention}, the record every grouping carries: strings and varints in
 * field order. Java serialization, the default, spent most of the DirectRunner's grouping time
 * on class descriptors.
 */
public final class MentionCoder extends AtomicCoder<Mention> {
  private static final MentionCoder INSTANCE = new MentionCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  private MentionCoder() {}

  /** Returns the coder. */
  public static MentionCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Mention m, OutputStream out) throws IOException {
    STRING.encode(m.articleFile(), out);
    INT.encode(m.position(), out);
    STRING.encode(m.projectId(), out);
    STRING.encode(m.name(), out);
    STRING.encode(m.heading(), out);
    STRING.encode(m.repo(), out);
    STRING.encode(m.path(), out);
    STRING.encode(m.url(), out);
    LONG.encode(m.stars() == null ? -1L : m.stars(), out);
    INT.encode(m.starsApprox() ? 1 : 0, out);
    strings(m.domains(), out);
    strings(m.domainsExplicit(), out);
    STRING.encode(m.framework(), out);
    INT.encode(m.rank(), out);
    STRING.encode(m.author(), out);
    INT.encode(m.line(), out);
    STRING.encode(m.published(), out);
    STRING.encode(m.evidence(), out);
    STRING.encode(m.link(), out);
  }

  @Override
  public Mention decode(InputStream in) throws IOException {
    String file = STRING.decode(in);
    int position = INT.decode(in);
    String projectId = STRING.decode(in);
    String name = STRING.decode(in);
    String heading = STRING.decode(in);
    String repo = STRING.decode(in);
    String path = STRING.decode(in);
    String url = STRING.decode(in);
    long stars = LONG.decode(in);
    boolean approx = INT.decode(in) == 1;
    List<String> domains = strings(in);
    List<String> explicit = strings(in);
    String framework = STRING.decode(in);
    int rank = INT.decode(in);
    String author = STRING.decode(in);
    int line = INT.decode(in);
    String published = STRING.decode(in);
    String evidence = STRING.decode(in);
    String link = STRING.decode(in);
    return new Mention(file, position, projectId, name, heading, repo, path, url, stars < 0 ? null : stars, approx,
        domains, explicit, framework, rank, author, line, published, evidence, link);
  }

  @Override
  public void verifyDeterministic() {}

  private static void strings(List<String> values, OutputStream out) throws IOException {
    INT.encode(values.size(), out);
    for (String v : values) {
      STRING.encode(v, out);
    }
  }

  private static List<String> strings(InputStream in) throws IOException {
    int n = INT.decode(in);
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(STRING.decode(in));
    }
    return values;
  }
}
