package dev.sitehub.cloud.sites;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Seeds the demo homeowner, supervisor, installer and operator and one demo site they belong to,
 * when {@code sitehub.demo.seed=true}. Safe to run on every start.
 */
@ApplicationScoped
class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class);

  /** Demo username to its role; the launcher prints these. */
  public static final Map<String, Role> ACCOUNTS = demoAccounts();

  private final DemoConfig config;
  private final AccountService accounts;
  private final SiteMemberships memberships;
  private final SiteService sites;

  public DemoSeed(
      DemoConfig config, AccountService accounts, SiteMemberships memberships, SiteService sites) {
    this.config = config;
    this.accounts = accounts;
    this.memberships = memberships;
    this.sites = sites;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.seed()) {
      seed();
    }
  }

  /** Creates what is missing and leaves the rest alone. */
  public void seed() {
    if (!sites.exists(config.siteId())) {
      sites.create(
          config.siteId(),
          new CreateSiteRequest("Demo flat", "1 Demo Road, Shanghai", "Asia/Shanghai"),
          null);
    }
    for (Map.Entry<String, Role> e : ACCOUNTS.entrySet()) {
      UserAccount user =
          accounts
              .findByUsername(e.getKey())
              .orElseGet(
                  () ->
                      accounts.register(e.getKey(), null, config.password(), Set.of(e.getValue())));
      if (e.getValue() != Role.OPERATOR) {
        memberships.add(config.siteId(), user.userId());
      }
    }
    LOG.infof("demo data ready site=%s users=%s", config.siteId(), ACCOUNTS.keySet());
  }

  private static Map<String, Role> demoAccounts() {
    Map<String, Role> m = new LinkedHashMap<>();
    m.put("homeowner", Role.HOMEOWNER);
    m.put("supervisor", Role.SUPERVISOR);
    m.put("installer", Role.INSTALLER);
    m.put("operator", Role.OPERATOR);
    return Map.copyOf(m);
  }
}
