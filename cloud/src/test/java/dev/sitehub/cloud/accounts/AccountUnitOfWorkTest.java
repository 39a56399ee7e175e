package dev.sitehub.cloud.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.SiteService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verifies that the accounts feature's Hibernate Reactive units of work commit whole or not at all,
 * against the real database.
 */
@QuarkusTest
class AccountUnitOfWorkTest {
  @Inject AccountService accounts;
  @Inject SiteMemberships memberships;
  @Inject SiteService sites;

  /**
   * Verifies that when the contact of a sign-up is already taken, the account row written earlier
   * in the same transaction is rolled back too, and the caller gets the 409.
   */
  @Test
  void register_contactTakenAfterUserInsert_nothingStored() {
    String email = "uow-" + UUID.randomUUID() + "@example.cn";
    accounts.register("uow-a-" + suffix(), "A", "password-1", Set.of(Role.HOMEOWNER), email, null);
    String second = "uow-b-" + suffix();

    assertThatThrownBy(
            () -> accounts.register(second, "B", "password-2", Set.of(Role.HOMEOWNER), email, null))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.code()).isEqualTo("username-taken"));
    assertThat(accounts.findByUsername(second)).isEmpty();
  }

  /**
   * Verifies that a membership added twice is stored once, that removing it is seen at once, and
   * that a membership of a site that does not exist is refused with nothing stored.
   */
  @Test
  void membership_addedTwiceThenRemoved_idempotentAndGone() {
    UserAccount user =
        accounts.register("uow-m-" + suffix(), "M", "password-3", Set.of(Role.HOMEOWNER));
    String site =
        sites
            .create(new CreateSiteRequest("UoW site", "Chaoyang, Beijing", "Asia/Shanghai"), null)
            .siteId();

    memberships.add(site, user.userId());
    memberships.add(site, user.userId());
    assertThat(memberships.sitesOf(user.userId())).containsExactly(site);

    memberships.remove(site, user.userId());
    assertThat(memberships.isMember(site, user.userId())).isFalse();

    String missing = "site-uow-" + suffix();
    assertThatThrownBy(() -> memberships.add(missing, user.userId()))
        .isInstanceOf(RuntimeException.class);
    assertThat(memberships.sitesOf(user.userId())).isEmpty();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
