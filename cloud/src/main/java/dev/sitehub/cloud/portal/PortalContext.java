package dev.sitehub.cloud.portal;

import dev.sitehub.cloud.accounts.Role;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * What every portal page needs to know about the request: the viewer (null ids when signed out),
 * their language, the CSRF token htmx echoes, the current path for the language switch, and the
 * enterprise they work for or are invited to (null if none), for the workspace link.
 */
@TemplateData
public record PortalContext(
    Locale locale,
    String userId,
    String username,
    Set<String> roles,
    String csrf,
    String path,
    String enterpriseId) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public PortalContext {
    roles = Set.copyOf(roles);
    csrf = csrf == null ? "" : csrf;
  }

  /** The language tag for the html lang attribute: zh-CN or en. */
  public String lang() {
    return locale.toLanguageTag();
  }

  public boolean english() {
    return PortalLocales.EN.equals(locale);
  }

  /** Whether the viewer belongs (or is invited) to an enterprise: the workspace link shows. */
  public boolean enterpriseStaff() {
    return enterpriseId != null;
  }

  public boolean signedIn() {
    return userId != null;
  }

  public boolean homeowner() {
    return roles.contains(Role.HOMEOWNER_NAME);
  }

  public boolean supervisor() {
    return roles.contains(Role.SUPERVISOR_NAME);
  }

  public boolean installer() {
    return roles.contains(Role.INSTALLER_NAME);
  }

  public boolean operator() {
    return roles.contains(Role.OPERATOR_NAME);
  }

  /** Installers and operators provision, revoke and re-provision boxes. */
  public boolean fieldStaff() {
    return installer() || operator();
  }

  /** A time as shown on pages: in the site's zone, or "—" when there is none. */
  public static String time(Instant t, String zone) {
    if (t == null) {
      return "—";
    }
    ZoneId z;
    try {
      z = ZoneId.of(zone == null ? "UTC" : zone);
    } catch (java.time.DateTimeException e) {
      z = ZoneId.of("UTC");
    }
    return TIME.format(t.atZone(z));
  }
}
