package dev.sitehub.cloud.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.sitehub.cloud.BusinessFixtures;
import dev.sitehub.cloud.BusinessFixtures.Company;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.enterprises.EnterpriseType;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verifies project threads: members only, attachments checked, unread counts and live push. */
@QuarkusTest
class ProjectMessagingTest {
  private static final String P = "https://sitehub.dev/problems/";
  @Inject BusinessFixtures fixtures;
  @Inject TestUsers users;

  @TestHTTPResource("/")
  URI base;

  private UserAccount customer;
  private UserAccount pm;
  private String projectId;

  @BeforeEach
  void project() {
    customer = users.user(Role.HOMEOWNER);
    Company deco =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true, Role.PROJECT_MANAGER);
    pm = deco.staff().get(Role.PROJECT_MANAGER);
    projectId = fixtures.filedProject(customer, deco);
    assertThat(projectId).isNotNull();
  }

  private String messages() {
    return "/api/projects/" + projectId + "/messages";
  }

  @Test
  void thread_membersPostAndRead_unreadCountsFollow() {
    String c = TestUsers.token(customer);
    String m = TestUsers.token(pm);
    given()
        .auth()
        .oauth2(c)
        .contentType(ContentType.JSON)
        .body(Map.of("body", "When do tiles arrive?"))
        .post(messages())
        .then()
        .statusCode(201);
    long second =
        given()
            .auth()
            .oauth2(c)
            .contentType(ContentType.JSON)
            .body(Map.of("body", "And the sink?"))
            .post(messages())
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("messageId")
            .longValue();
    given()
        .auth()
        .oauth2(m)
        .get("/api/me/unread")
        .then()
        .statusCode(200)
        .body("find { it.projectId == '" + projectId + "' }.unread", equalTo(2));
    given()
        .auth()
        .oauth2(c)
        .get("/api/me/unread")
        .then()
        .statusCode(200)
        .body("find { it.projectId == '" + projectId + "' }.unread", equalTo(0));
    given()
        .auth()
        .oauth2(m)
        .get(messages())
        .then()
        .statusCode(200)
        .body("body", equalTo(List.of("When do tiles arrive?", "And the sink?")));
    given()
        .auth()
        .oauth2(m)
        .contentType(ContentType.JSON)
        .body(Map.of("upTo", second))
        .post(messages() + "/read")
        .then()
        .statusCode(204);
    given()
        .auth()
        .oauth2(m)
        .get("/api/me/unread")
        .then()
        .statusCode(200)
        .body("find { it.projectId == '" + projectId + "' }.unread", equalTo(0));
    given()
        .auth()
        .oauth2(m)
        .queryParam("after", second)
        .get(messages())
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  void thread_outsiders_foreignProject() {
    Company rival =
        fixtures.company(
            EnterpriseType.DECORATION_COMPANY, fixtures.uniqueCity(), true, Role.PROJECT_MANAGER);
    for (UserAccount outsider :
        List.of(
            users.user(Role.HOMEOWNER),
            rival.admin(),
            rival.staff().get(Role.PROJECT_MANAGER),
            users.user(Role.OPERATOR))) {
      String t = TestUsers.token(outsider);
      given()
          .auth()
          .oauth2(t)
          .get(messages())
          .then()
          .statusCode(403)
          .body("type", equalTo(P + "foreign-project"));
      given()
          .auth()
          .oauth2(t)
          .contentType(ContentType.JSON)
          .body(Map.of("body", "hi"))
          .post(messages())
          .then()
          .statusCode(403)
          .body("type", equalTo(P + "foreign-project"));
      given()
          .auth()
          .oauth2(t)
          .get("/api/projects/" + projectId)
          .then()
          .statusCode(outsider.has(Role.OPERATOR) ? 200 : 403);
    }
    given()
        .auth()
        .oauth2(TestUsers.token(customer))
        .get("/api/projects/prj-does-not-exist/messages")
        .then()
        .statusCode(403)
        .body("type", equalTo(P + "foreign-project"));
    given().get(messages()).then().statusCode(401);
  }

  @Test
  void attachment_checkedByContentAndServedToMembers() {
    String c = TestUsers.token(customer);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    given()
        .auth()
        .oauth2(c)
        .contentType("image/png")
        .body("MZ-not-an-image".getBytes())
        .queryParam("fileName", "crack.png")
        .post("/api/projects/" + projectId + "/attachments")
        .then()
        .statusCode(415)
        .body("type", equalTo(P + "attachment-type-not-allowed"));
    given()
        .auth()
        .oauth2(c)
        .contentType("image/png")
        .body(png)
        .queryParam("fileName", "crack.jpg")
        .post("/api/projects/" + projectId + "/attachments")
        .then()
        .statusCode(415)
        .body("type", equalTo(P + "attachment-type-mismatch"));
    long id =
        given()
            .auth()
            .oauth2(c)
            .contentType("image/png")
            .body(png)
            .queryParam("fileName", "crack.png")
            .queryParam("caption", "Crack in the wall")
            .post("/api/projects/" + projectId + "/attachments")
            .then()
            .statusCode(201)
            .body("attachmentType", equalTo("image/png"))
            .extract()
            .<Number>path("messageId")
            .longValue();
    byte[] back =
        given()
            .auth()
            .oauth2(TestUsers.token(pm))
            .get(messages() + "/" + id + "/attachment")
            .then()
            .statusCode(200)
            .contentType("image/png")
            .extract()
            .asByteArray();
    assertThat(back).isEqualTo(png);
    given()
        .auth()
        .oauth2(TestUsers.token(users.user(Role.HOMEOWNER)))
        .get(messages() + "/" + id + "/attachment")
        .then()
        .statusCode(403);
  }

  @Test
  void liveFeed_memberReceivesPushAndOutsiderRefused() {
    List<String> received = new CopyOnWriteArrayList<>();
    WebSocketClientConnection ws =
        BasicWebSocketConnector.create()
            .baseUri(base)
            .path("/api/projects/" + projectId + "/messages/live")
            .addHeader("Authorization", "Bearer " + TestUsers.token(pm))
            .onTextMessage((conn, text) -> received.add(text))
            .connectAndAwait();
    try {
      given()
          .auth()
          .oauth2(TestUsers.token(customer))
          .contentType(ContentType.JSON)
          .body(Map.of("body", "Live hello"))
          .post(messages())
          .then()
          .statusCode(201);
      await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
      assertThat(received.get(0)).contains("Live hello").contains(projectId);
    } finally {
      ws.closeAndAwait();
    }
    String outsider = TestUsers.token(users.user(Role.HOMEOWNER));
    assertThatThrownBy(
            () ->
                BasicWebSocketConnector.create()
                    .baseUri(base)
                    .path("/api/projects/" + projectId + "/messages/live")
                    .addHeader("Authorization", "Bearer " + outsider)
                    .connectAndAwait())
        .hasMessageContaining("403");
    assertThatThrownBy(
            () ->
                BasicWebSocketConnector.create()
                    .baseUri(base)
                    .path("/api/projects/" + projectId + "/messages/live")
                    .connectAndAwait())
        .hasMessageContaining("401");
  }
}
