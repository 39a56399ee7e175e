package dev.sitehub.cloud;

import static io.restassured.RestAssured.given;

import dev.sitehub.cloud.accounts.AccountService;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.sites.CreateSiteRequest;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.cloud.sites.SiteService;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/** Creates uniquely named users and sites for one test, and signs them in through the real API. */
@ApplicationScoped
public class TestUsers {
  public static final String PASSWORD = "correct-horse-1";

  private final AccountService accounts;
  private final SiteService sites;
  private final Ids ids;

  public TestUsers(AccountService accounts, SiteService sites, Ids ids) {
    this.accounts = accounts;
    this.sites = sites;
    this.ids = ids;
  }

  public UserAccount user(Role role) {
    return accounts.register(
        "t-" + role.name().toLowerCase() + "-" + ids.randomText(10), null, PASSWORD, Set.of(role));
  }

  /** A user who holds several global roles at once. */
  public UserAccount userWith(Role first, Role... more) {
    Set<Role> roles = java.util.EnumSet.of(first, more);
    return accounts.register(
        "t-" + first.name().toLowerCase() + "-plus-" + ids.randomText(10), null, PASSWORD, roles);
  }

  /** A site created by the first of {@code members} (its owner), with the others added. */
  public Site siteWith(UserAccount... members) {
    Site s =
        sites.create(
            new CreateSiteRequest("Test flat", "1 Test Road", "UTC"),
            members.length == 0 ? null : members[0].userId());
    for (int i = 1; i < members.length; i++) {
      sites.addMember(s.siteId(), members[i].userId());
    }
    return s;
  }

  /** Signs in through POST /api/auth/token and returns the bearer token. */
  public static String token(UserAccount user) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("username", user.username(), "password", PASSWORD))
        .post("/api/auth/token")
        .then()
        .statusCode(200)
        .extract()
        .path("token");
  }
}
