package dev.atlas.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atlas.dataset.Json;
import java.util.List;

/**
 * The figures the page's charts draw, as the JSON embedded in the page: projects per domain and per
 * framework, the biggest star movers and their star histories.
 */
public final class ChartData {
  /** How many movers the movers chart shows. */
  public static final int CHARTED_MOVERS = 20;

  private ChartData() {}

  /** Returns the chart data of {@code model} as compact JSON (not yet escaped for a script element). */
  public static String json(ReportModel model) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    counts(o.putObject("domains"), model.domains());
    counts(o.putObject("frameworks"), model.frameworks());
    model.movement().ifPresent(m -> {
      ObjectNode movers = o.putObject("movers");
      ArrayNode labels = movers.putArray("labels");
      ArrayNode deltas = movers.putArray("deltas");
      m.movers().stream().limit(CHARTED_MOVERS).forEach(mv -> {
        labels.add(mv.project().name());
        deltas.add(mv.delta());
      });
      ArrayNode histories = o.putArray("histories");
      for (StarSeries s : m.histories()) {
        ObjectNode h = histories.addObject();
        h.put("name", s.name());
        ArrayNode points = h.putArray("points");
        s.points().forEach(p -> points.addArray().add(p.date()).add(p.stars()));
      }
    });
    return Json.write(o);
  }

  private static void counts(ObjectNode o, List<Count> counts) {
    ArrayNode labels = o.putArray("labels");
    ArrayNode values = o.putArray("values");
    counts.forEach(c -> {
      labels.add(c.label());
      values.add(c.n());
    });
  }
}
