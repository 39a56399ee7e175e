package dev.sitehub.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's result table, printed as Markdown so it can be pasted into BENCHMARKS.md. */
public final class Report {
  private record Row(String metric, String value, String baseline, String goal) {}

  private final List<Row> rows = new ArrayList<>();

  public void row(String metric, String value, String baseline, String goal) {
    rows.add(new Row(metric, value, baseline, goal));
  }

  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| measure | result | baseline (same run) | goal |\n|---|---|---|---|\n");
    for (Row r : rows) {
      b.append("| ")
          .append(r.metric())
          .append(" | ")
          .append(r.value())
          .append(" | ")
          .append(r.baseline())
          .append(" | ")
          .append(r.goal())
          .append(" |\n");
    }
    return b.toString();
  }
}
