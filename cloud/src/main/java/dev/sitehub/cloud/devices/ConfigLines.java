package dev.sitehub.cloud.devices;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration form's text, one {@code key=value} per line, read into the settings of a {@code
 * config_set} command. Which keys a box accepts is the box's call (it answers REJECTED naming the
 * key); here only the shape is checked.
 */
record ConfigLines(Map<String, String> settings, CommandProblem problem) {
  static final int MAX_SETTINGS = 32;

  static ConfigLines parse(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    if (text != null) {
      for (String raw : text.split("\\R")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0 || eq == line.length() - 1) {
          return new ConfigLines(Map.of(), CommandProblem.CONFIG_MALFORMED);
        }
        out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    if (out.isEmpty()) {
      return new ConfigLines(Map.of(), CommandProblem.CONFIG_REQUIRED);
    }
    if (out.size() > MAX_SETTINGS) {
      return new ConfigLines(Map.of(), CommandProblem.CONFIG_TOO_MANY);
    }
    return new ConfigLines(out, null);
  }
}
