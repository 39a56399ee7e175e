package dev.sitehub.cloud.devices;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Orders agent versions as dotted numbers ({@code 1.10.0} after {@code 1.9.2}); a part that is not
 * a number compares as text, so odd tags still order deterministically.
 */
final class AgentVersions {
  static final Comparator<String> ORDER = AgentVersions::compare;

  private AgentVersions() {}

  /** The newest of these versions, or null when there is none. */
  static String newest(Collection<String> versions) {
    return versions.stream().filter(Objects::nonNull).max(ORDER).orElse(null);
  }

  /** Whether {@code version} is known and older than {@code newest}. */
  static boolean outdated(String version, String newest) {
    return version != null && newest != null && compare(version, newest) < 0;
  }

  static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String p = i < x.length ? x[i] : "0";
      String q = i < y.length ? y[i] : "0";
      int c;
      if (p.matches("\\d{1,9}") && q.matches("\\d{1,9}")) {
        c = Integer.compare(Integer.parseInt(p), Integer.parseInt(q));
      } else {
        c = p.compareTo(q);
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
