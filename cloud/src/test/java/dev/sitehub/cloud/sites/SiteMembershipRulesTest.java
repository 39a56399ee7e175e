package dev.sitehub.cloud.sites;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.SiteMemberships;
import dev.sitehub.cloud.accounts.UserAccount;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's membership hole, replayed through the API: a member holding HOMEOWNER (as every
 * self-registered user does) could add outsiders and remove the site's owner. Only the owner (the
 * project's customer once a contract is filed, else the site's creator) and operators add or remove
 * members, and neither the owner nor a party to the contract can be removed.
 */
@QuarkusTest
class SiteMembershipRulesTest {
  @Inject TestUsers users;
  @Inject SiteMemberships memberships;
  @Inject LifecycleFixtures lifecycle;

  private static void add(String token, String siteId, String userId, int status) {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("userId", userId))
        .post("/api/sites/" + siteId + "/members")
        .then()
        .statusCode(status);
  }

  private static ValidatableResponse remove(String token, String siteId, String userId) {
    return given()
        .auth()
        .oauth2(token)
        .delete("/api/sites/" + siteId + "/members/" + userId)
        .then();
  }

  @Test
  void memberWhoIsNotTheOwner_cannotAddOutsidersOrRemoveTheOwner() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount member = users.user(Role.HOMEOWNER);
    UserAccount outsider = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner, member);
    String memberToken = TestUsers.token(member);

    add(memberToken, site.siteId(), outsider.userId(), 403);
    remove(memberToken, site.siteId(), owner.userId())
        .statusCode(403)
        .body("type", endsWith("/not-site-owner"));

    assertThat(memberships.isMember(site.siteId(), outsider.userId())).isFalse();
    assertThat(memberships.isMember(site.siteId(), owner.userId())).isTrue();
  }

  @Test
  void owner_addsAndRemovesMembers_butCannotRemoveThemself() {
    UserAccount owner = users.user(Role.HOMEOWNER);
    UserAccount friend = users.user(Role.HOMEOWNER);
    Site site = users.siteWith(owner);
    String token = TestUsers.token(owner);

    add(token, site.siteId(), friend.userId(), 204);
    assertThat(memberships.isMember(site.siteId(), friend.userId())).isTrue();
    remove(token, site.siteId(), friend.userId()).statusCode(204);
    assertThat(memberships.isMember(site.siteId(), friend.userId())).isFalse();

    remove(token, site.siteId(), owner.userId())
        .statusCode(409)
        .body("type", endsWith("/contract-party"));
    assertThat(memberships.isMember(site.siteId(), owner.userId())).isTrue();
  }

  @Test
  void contractParties_cannotBeRemovedEvenByAnOperator_andTheCustomerOwnsTheSite() {
    LifecycleFixtures.Site project = lifecycle.project(1_000_000);
    String operator = TestUsers.token(users.user(Role.OPERATOR));

    remove(operator, project.siteId(), project.pm().userId())
        .statusCode(409)
        .body("type", endsWith("/contract-party"));
    remove(operator, project.siteId(), project.customer().userId()).statusCode(409);
    // The project manager is a member but not the owner: the customer is.
    add(project.pmToken(), project.siteId(), users.user(Role.DESIGNER).userId(), 403);
    add(project.customerToken(), project.siteId(), users.user(Role.DESIGNER).userId(), 204);

    assertThat(memberships.isMember(project.siteId(), project.pm().userId())).isTrue();
    assertThat(memberships.isMember(project.siteId(), project.customer().userId())).isTrue();
  }
}
