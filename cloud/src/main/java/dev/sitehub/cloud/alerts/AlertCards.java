package dev.sitehub.cloud.alerts;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.portal.PortalContext;
import dev.sitehub.cloud.sites.Site;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns stored alerts into {@link AlertCard}s: site names, times in the site's zone, usernames. */
@ApplicationScoped
class AlertCards {
  /** The roles that may acknowledge and resolve, as on the JSON API. */
  static final Set<String> HANDLERS =
      Set.of(
          Role.SUPERVISOR_NAME, Role.HOMEOWNER_NAME, Role.PROJECT_MANAGER_NAME, Role.OPERATOR_NAME);

  private final AccountService accounts;

  public AlertCards(AccountService accounts) {
    this.accounts = accounts;
  }

  static boolean canAct(JsonWebToken caller) {
    return caller.getGroups() != null && caller.getGroups().stream().anyMatch(HANDLERS::contains);
  }

  /** Cards for alerts whose sites are all in {@code sites}. */
  List<AlertCard> cards(List<Alert> alerts, Map<String, Site> sites, boolean canAct) {
    Map<String, String> names = new HashMap<>();
    return alerts.stream().map(a -> card(a, sites.get(a.siteId()), canAct, names)).toList();
  }

  AlertCard card(Alert a, Site site, boolean canAct) {
    return card(a, site, canAct, new HashMap<>());
  }

  private AlertCard card(Alert a, Site site, boolean canAct, Map<String, String> names) {
    String zone = site.timezone();
    return new AlertCard(
        a.id(),
        a.siteId(),
        site.name(),
        a.type(),
        a.source(),
        a.severity(),
        a.status(),
        a.detail(),
        a.occurrences(),
        PortalContext.time(a.firstSeen(), zone),
        PortalContext.time(a.lastSeen(), zone),
        username(a.acknowledgedBy(), names),
        a.acknowledgedAt() == null ? null : PortalContext.time(a.acknowledgedAt(), zone),
        a.acknowledgeComment(),
        username(a.resolvedBy(), names),
        a.resolvedAt() == null ? null : PortalContext.time(a.resolvedAt(), zone),
        a.resolveComment(),
        canAct && a.status() != AlertStatus.RESOLVED,
        null);
  }

  // Null stays null; the system user is shown by the template in the reader's language.
  private String username(String userId, Map<String, String> names) {
    if (userId == null || AlertStore.SYSTEM_USER.equals(userId)) {
      return userId;
    }
    return names.computeIfAbsent(
        userId, id -> accounts.find(id).map(UserAccount::username).orElse(id));
  }
}
