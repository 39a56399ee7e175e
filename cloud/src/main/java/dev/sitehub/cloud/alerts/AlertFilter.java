package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.common.ProblemException;
import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The inbox filters as chosen on the page: status ({@code active} = open and acknowledged, the
 * default; {@code all}; or one status), severity (empty = any) and site (empty = all of mine).
 */
@TemplateData
public record AlertFilter(String status, String severity, String site) {
  static final String ACTIVE = "active";
  static final String ALL = "all";

  /** Parses the query parameters; unknown values are a 400 like the JSON API's. */
  static AlertFilter parse(String status, String severity, String site) {
    String st = blank(status) ? ACTIVE : status.trim().toLowerCase(Locale.ROOT);
    if (!st.equals(ACTIVE) && !st.equals(ALL)) {
      AlertResource.parse(AlertStatus.class, st, "status");
    }
    Severity sev = AlertResource.parse(Severity.class, severity, "severity");
    String s = blank(site) ? "" : site.trim();
    if (s.length() > 100) {
      throw ProblemException.badRequest("invalid-site", "site id too long");
    }
    return new AlertFilter(st, sev == null ? "" : sev.name(), s);
  }

  Set<AlertStatus> statuses() {
    return switch (status) {
      case ACTIVE -> EnumSet.of(AlertStatus.OPEN, AlertStatus.ACKNOWLEDGED);
      case ALL -> EnumSet.allOf(AlertStatus.class);
      default -> EnumSet.of(AlertStatus.valueOf(status.toUpperCase(Locale.ROOT)));
    };
  }

  Severity severityOrNull() {
    return severity.isEmpty() ? null : Severity.valueOf(severity);
  }

  /** The query string that reproduces this filter, for the list the page refreshes. */
  public String query() {
    return "status="
        + enc(status)
        + (severity.isEmpty() ? "" : "&severity=" + enc(severity))
        + (site.isEmpty() ? "" : "&site=" + enc(site));
  }

  public boolean is(String statusValue) {
    return status.equals(statusValue);
  }

  private static boolean blank(String v) {
    return v == null || v.isBlank();
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
