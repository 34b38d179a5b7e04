package dev.atlas.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atlas.dataset.DatasetFiles;
import dev.atlas.dataset.DatasetReader;
import dev.atlas.dataset.Json;
import dev.atlas.extract.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores a dataset's {@code mentions.csv} against a gold file, with the definitions of the
 * project's reference scorer: entries matched per article (by repo when both sides have one,
 * else by normalized name or heading), repo and stars accuracy, explicit-domain precision and
 * recall, cross-article duplicate groups joined and false merges.
 */
public final class GoldScorer {
  private static final Pattern LINK_TEXT = Pattern.compile("^\\[([^\\]]+)\\]");
  private static final Pattern MARKUP = Pattern.compile("\\(.*?\\)|\\[|\\]");

  private GoldScorer() {}

  /** Scores {@code outputDir} against {@code goldFile}. */
  public static Score score(Path outputDir, Path goldFile) throws IOException {
    Path mentionsFile = outputDir.resolve(DatasetFiles.MENTIONS_CSV);
    if (!Files.isRegularFile(mentionsFile)) {
      throw new IOException(mentionsFile + " not found");
    }
    JsonNode gold = Json.MAPPER.readTree(goldFile.toFile());
    Map<String, List<CSVRecord>> byArticle = new HashMap<>();
    for (CSVRecord r : DatasetReader.csv(mentionsFile)) {
      String file = Path.of(r.get("article_file")).getFileName().toString();
      byArticle.computeIfAbsent(file, k -> new ArrayList<>()).add(r);
    }
    Score.Builder s = new Score.Builder();
    Map<String, CSVRecord> matched = new HashMap<>();
    for (JsonNode art : gold.path("articles")) {
      String file = art.path("file").asText();
      List<CSVRecord> rows = new ArrayList<>(byArticle.getOrDefault(file, List.of()));
      rows.sort(Comparator.comparingInt(r -> parseInt(r.get("position"), 0)));
      Set<Integer> used = new HashSet<>();
      int tp = 0;
      int fn = 0;
      for (JsonNode g : art.path("projects")) {
        int hit = -1;
        for (int i = 0; i < rows.size(); i++) {
          if (!used.contains(i) && matches(g, rows.get(i))) {
            hit = i;
            break;
          }
        }
        String gname = g.path("name").asText();
        if (hit < 0) {
          fn++;
          s.problem("missed   " + file + " #" + g.path("position").asInt() + " " + gname);
          continue;
        }
        used.add(hit);
        tp++;
        CSVRecord row = rows.get(hit);
        matched.put(file + "\u0000" + g.path("position").asInt(), row);
        String grepo = text(g, "repo");
        if (!grepo.isEmpty()) {
          boolean ok = row.get("repo").strip().equalsIgnoreCase(grepo);
          s.repo(ok);
          if (!ok) {
            s.problem("repo     " + file + " " + gname + ": got '" + row.get("repo") + "' want '" + grepo + "'");
          }
        }
        Long got = parseLong(row.get("stars"));
        if (g.path("stars").isNumber()) {
          boolean ok = got != null && got == g.path("stars").asLong();
          s.stars(ok, got != null && !ok);
          if (!ok) {
            s.problem((got == null ? "stars    " : "stars!   ") + file + " " + gname + ": got " + got + " want "
                + g.path("stars").asLong() + (got == null ? "" : " (wrong value)"));
          }
        } else if (got != null && !(g.path("stars_approx").isNumber() && got == g.path("stars_approx").asLong())) {
          s.starsInvented();
          s.problem("stars+   " + file + " " + gname + ": got " + got + ", article states none");
        }
        if (g.has("rank") && row.isMapped("rank")) {
          Long wantRank = g.path("rank").isNumber() ? g.path("rank").asLong() : null;
          Long gotRank = parseLong(row.get("rank"));
          boolean ok = java.util.Objects.equals(wantRank, gotRank);
          s.rank(ok);
          if (!ok) {
            s.problem("rank     " + file + " " + gname + ": got " + gotRank + " want " + wantRank);
          }
        }
        Set<String> want = new TreeSet<>();
        g.path("domains").forEach(d -> want.add(d.asText()));
        Set<String> have = tags(row.get("domains_explicit"));
        s.domains(want, have);
        if (!want.equals(have)) {
          s.problem("domains  " + file + " " + gname + ": got " + have + " want " + want);
        }
      }
      int fp = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (!used.contains(i)) {
          fp++;
          s.problem("extra    " + file + " #" + rows.get(i).get("position") + " '" + rows.get(i).get("name") + "' ("
              + rows.get(i).get("repo") + ")");
        }
      }
      s.article(file, tp, fp, fn);
    }
    dedup(gold, matched, s);
    return s.build();
  }

  private static void dedup(JsonNode gold, Map<String, CSVRecord> matched, Score.Builder s) {
    Map<String, String> groupOf = new HashMap<>();
    for (JsonNode grp : gold.path("cross_article_duplicates")) {
      for (JsonNode member : grp.path("members")) {
        groupOf.put(member.get(0).asText() + "\u0000" + Names.normalize(member.get(1).asText()), grp.path("key").asText());
      }
    }
    Map<String, String> identity = new HashMap<>();
    for (JsonNode art : gold.path("articles")) {
      String file = art.path("file").asText();
      for (JsonNode g : art.path("projects")) {
        String key = file + "\u0000" + g.path("position").asInt();
        if (!matched.containsKey(key)) {
          continue;
        }
        String ident = groupOf.get(file + "\u0000" + Names.normalize(g.path("name").asText()));
        if (ident == null) {
          ident = text(g, "repo").isEmpty() ? "name:" + Names.normalize(g.path("name").asText()) : "repo:" + text(g, "repo");
        }
        identity.put(key, ident);
      }
    }
    for (JsonNode grp : gold.path("cross_article_duplicates")) {
      Set<String> ids = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
      for (JsonNode member : grp.path("members")) {
        String file = member.get(0).asText();
        String name = Names.normalize(member.get(1).asText());
        for (JsonNode art : gold.path("articles")) {
          if (!art.path("file").asText().equals(file)) {
            continue;
          }
          for (JsonNode g : art.path("projects")) {
            if (Names.normalize(g.path("name").asText()).equals(name)) {
              CSVRecord row = matched.get(file + "\u0000" + g.path("position").asInt());
              ids.add(row == null ? null : row.get("project_id"));
            }
          }
        }
      }
      boolean ok = ids.size() == 1 && !ids.contains(null);
      s.group(ok);
      if (!ok) {
        s.problem("dedup    group " + grp.path("key").asText() + ": project_ids " + ids);
      }
    }
    Map<String, Set<String>> byPid = new TreeMap<>();
    matched.forEach((key, row) -> byPid.computeIfAbsent(row.get("project_id"), k -> new TreeSet<>()).add(identity.get(key)));
    byPid.forEach((pid, idents) -> {
      if (idents.size() > 1) {
        s.falseMerges(idents.size() - 1);
        s.problem("merge    project_id " + pid + " joins " + idents);
      }
    });
  }

  static boolean matches(JsonNode g, CSVRecord row) {
    String grepo = text(g, "repo").toLowerCase(java.util.Locale.ROOT);
    String rrepo = row.get("repo").strip().toLowerCase(java.util.Locale.ROOT);
    if (!grepo.isEmpty() && !rrepo.isEmpty()) {
      return grepo.equals(rrepo);
    }
    Set<String> names = namesOf(g);
    for (String candidate : List.of(Names.normalize(row.get("name")), Names.normalize(row.get("heading")))) {
      if (candidate.isEmpty()) {
        continue;
      }
      if (names.contains(candidate)) {
        return true;
      }
      for (String n : names) {
        if (n.length() >= 4 && candidate.length() >= 4 && (n.contains(candidate) || candidate.contains(n))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> namesOf(JsonNode g) {
    Set<String> names = new HashSet<>();
    names.add(Names.normalize(text(g, "name")));
    names.add(Names.normalize(text(g, "alias")));
    String heading = text(g, "heading");
    Matcher m = LINK_TEXT.matcher(heading);
    if (m.find()) {
      names.add(Names.normalize(m.group(1)));
    }
    names.add(Names.normalize(MARKUP.matcher(heading).replaceAll("")));
    String repo = text(g, "repo");
    if (!repo.isEmpty()) {
      names.add(Names.normalize(repo.substring(repo.lastIndexOf('/') + 1)));
    }
    names.remove("");
    return names;
  }

  private static Set<String> tags(String value) {
    Set<String> tags = new TreeSet<>();
    for (String t : value.split("[;|,]")) {
      if (!t.isBlank()) {
        tags.add(t.strip());
      }
    }
    return tags;
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.path(key);
    return v.isMissingNode() || v.isNull() ? "" : v.asText();
  }

  private static int parseInt(String s, int fallback) {
    Long v = parseLong(s);
    return v == null ? fallback : v.intValue();
  }

  private static Long parseLong(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return (long) Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
