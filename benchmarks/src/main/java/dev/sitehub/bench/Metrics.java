package dev.sitehub.bench;

import java.util.HashMap;
import java.util.Map;

/** A parsed Prometheus text exposition: each sample line's value by its full series name. */
public record Metrics(Map<String, Double> samples) {

  public static Metrics parse(String text) {
    Map<String, Double> m = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (space > 0) {
        try {
          m.put(line.substring(0, space).trim(), Double.parseDouble(line.substring(space + 1)));
        } catch (NumberFormatException ignored) {
          // not a sample line
        }
      }
    }
    return new Metrics(Map.copyOf(m));
  }

  /** The sum of every series of {@code name} whose labels contain all of {@code labels}. */
  public double sum(String name, String... labels) {
    double total = 0;
    for (Map.Entry<String, Double> e : samples.entrySet()) {
      String k = e.getKey();
      if (!(k.equals(name) || k.startsWith(name + "{"))) {
        continue;
      }
      boolean all = true;
      for (String l : labels) {
        all &= k.contains(l);
      }
      if (all) {
        total += e.getValue();
      }
    }
    return total;
  }

  /** Readings the cloud has committed. */
  public double readings() {
    return sum("sitehub_ingest_readings_total");
  }

  /** Rejects counted under one reason code, e.g. {@code malformed_json}. */
  public double rejects(String reasonCode) {
    return sum("sitehub_ingest_rejects_total", "reason=\"" + reasonCode + "\"");
  }
}
