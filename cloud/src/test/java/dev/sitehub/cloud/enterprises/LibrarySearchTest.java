package dev.sitehub.cloud.enterprises;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verifies library filters, paging, and the Bayesian ranking order fed by the evaluation hook. */
@QuarkusTest
class LibrarySearchTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;
  @Inject EnterpriseRatings ratings;
  @Inject Ids ids;

  private String city;
  private String token;
  private Company lucky;
  private Company steady;
  private Company fresh;
  private Company designer;

  @BeforeEach
  void library() {
    city = fixtures.uniqueCity();
    token = TestUsers.token(users.user(Role.HOMEOWNER));
    lucky =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, "Lucky", city, "Xuhui", List.of("kitchen"), 2, true);
    steady =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY,
            "Steady",
            city,
            "Minhang",
            List.of("kitchen", "bathroom"),
            4,
            true);
    fresh =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY,
            "Fresh",
            city,
            "Xuhui",
            List.of("bathroom"),
            3,
            true);
    designer =
        fixtures.company(
            EnterpriseType.DESIGN_COMPANY, "Designer", city, "Xuhui", List.of("kitchen"), 5, true);
    fixtures.company(
        EnterpriseType.DECORATION_COMPANY,
        "Unverified",
        city,
        "Xuhui",
        List.of("kitchen"),
        3,
        false);
    evaluate(lucky, 5);
    for (int i = 0; i < 50; i++) {
      evaluate(steady, i < 40 ? 5 : 4); // fifty reviews averaging 4.8
    }
    for (int i = 0; i < 3; i++) {
      evaluate(designer, 2);
    }
  }

  private void evaluate(Company c, int stars) {
    assertThat(ratings.record(new Evaluation(ids.next("evl"), c.id(), stars, null, null))).isTrue();
  }

  private ValidatableResponse search(Object... params) {
    var req = given().auth().oauth2(token).queryParam("city", city);
    for (int i = 0; i < params.length; i += 2) {
      req = req.queryParam((String) params[i], params[i + 1]);
    }
    return req.get("/api/enterprises").then().statusCode(200);
  }

  private List<String> names(Object... params) {
    return search(params).extract().path("items.name");
  }

  @Test
  void search_ranking_fiftyFourPointEightsBeatOneFiveStar() {
    assertThat(names("type", "DECORATION_COMPANY")).containsExactly("Steady", "Lucky", "Fresh");
    search("type", "DECORATION_COMPANY")
        .body("items[0].ratingCount", equalTo(50))
        .body("items[0].averageStars", equalTo(4.8f))
        .body("items[1].averageStars", equalTo(5.0f));
  }

  @Test
  void search_eachFilter_narrowsResults() {
    assertThat(names()).containsExactly("Steady", "Lucky", "Fresh", "Designer");
    assertThat(names("type", "design_company")).containsExactly("Designer");
    assertThat(names("district", "Xuhui")).containsExactly("Lucky", "Fresh", "Designer");
    assertThat(names("specialty", "Bathroom")).containsExactly("Steady", "Fresh");
    assertThat(names("minPriceBand", 3, "maxPriceBand", 4)).containsExactly("Steady", "Fresh");
    assertThat(names("minRating", 4.05)).containsExactly("Steady", "Lucky");
    assertThat(names("type", "DECORATION_COMPANY", "district", "Xuhui", "specialty", "kitchen"))
        .containsExactly("Lucky");
  }

  @Test
  void search_paging_stableOrderAndTotal() {
    search("size", 3, "page", 0).body("total", equalTo(4)).body("items.size()", equalTo(3));
    assertThat(names("size", 3, "page", 1)).containsExactly("Designer");
    assertThat(names("size", 3, "page", 2)).isEmpty();
  }

  @Test
  void search_badParameters_typedProblems() {
    given()
        .auth()
        .oauth2(token)
        .queryParam("size", 1000)
        .get("/api/enterprises")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-paging"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("type", "BANK")
        .get("/api/enterprises")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-enterprise-type"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("minPriceBand", 9)
        .get("/api/enterprises")
        .then()
        .statusCode(400)
        .body("type", equalTo(P + "invalid-price-band"));
    given().get("/api/enterprises").then().statusCode(401);
  }

  @Test
  void evaluationHook_repeatedId_countedOnce() {
    String id = ids.next("evl");
    assertThat(ratings.record(new Evaluation(id, fresh.id(), 1, null, null))).isTrue();
    assertThat(ratings.record(new Evaluation(id, fresh.id(), 1, null, null))).isFalse();
    search("type", "DECORATION_COMPANY")
        .body("items.find { it.name == 'Fresh' }.ratingCount", equalTo(1));
  }

  @Test
  void profile_pastProjects_onlyWithOwnerConsent() {
    var owner = users.user(Role.HOMEOWNER);
    String admin = TestUsers.token(lucky.admin());
    String ref =
        given()
            .auth()
            .oauth2(admin)
            .contentType("application/json")
            .body(
                java.util.Map.of(
                    "ownerUsername", owner.username(), "title", "Loft kitchen", "city", city))
            .post("/api/enterprises/" + lucky.id() + "/references")
            .then()
            .statusCode(201)
            .extract()
            .path("referenceId");
    given()
        .auth()
        .oauth2(token)
        .get("/api/enterprises/" + lucky.id())
        .then()
        .statusCode(200)
        .body("pastProjects.size()", equalTo(0))
        .body("staff.size()", equalTo(1))
        .body("certificates.size()", equalTo(0));
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"consent\":true}")
        .put("/api/references/" + ref + "/consent")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "not-reference-owner"));
    String ownerToken = TestUsers.token(owner);
    given()
        .auth()
        .oauth2(ownerToken)
        .get("/api/me/references")
        .then()
        .statusCode(200)
        .body("[0].referenceId", equalTo(ref));
    given()
        .auth()
        .oauth2(ownerToken)
        .contentType("application/json")
        .body("{\"consent\":true}")
        .put("/api/references/" + ref + "/consent")
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(token)
        .get("/api/enterprises/" + lucky.id())
        .then()
        .statusCode(200)
        .body("pastProjects[0].title", equalTo("Loft kitchen"));
  }
}
