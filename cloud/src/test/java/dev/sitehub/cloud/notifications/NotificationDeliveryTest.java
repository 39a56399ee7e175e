package dev.sitehub.cloud.notifications;

import static dev.sitehub.cloud.alerts.AlertTestSupport.uniqueId;
import static dev.sitehub.cloud.alerts.Messages.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.alerts.Alert;
import dev.sitehub.cloud.alerts.AlertEngine;
import dev.sitehub.cloud.alerts.AlertStore;
import dev.sitehub.cloud.alerts.AlertTestSupport.FeedClient;
import dev.sitehub.cloud.alerts.Escalator;
import dev.sitehub.cloud.alerts.GreenMailResource;
import dev.sitehub.cloud.alerts.Severity;
import dev.sitehub.cloud.alerts.SiteSettingsRepository;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** An alert travels to people: socket, e-mail (real SMTP), webhook (real HTTP), escalation. */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class NotificationDeliveryTest {
  private static final String SECRET = "0123456789abcdef-secret";

  @TestHTTPResource("/")
  URI base;

  @GreenMailResource.InjectGreenMail GreenMail greenMail;

  @Inject AlertEngine engine;
  @Inject AlertStore store;
  @Inject TestUsers users;
  @Inject SiteSettingsRepository settings;
  @Inject SocketRegistry sockets;
  @Inject PreferenceRepository preferences;
  @Inject NotificationLog log;
  @Inject Escalator escalator;
  @Inject WebhookOutbox outbox;

  private void leak(String site, Instant at) {
    engine.onEvent(site, "dev1", event("dev1", EventType.LEAK, "probe1", EventState.ON, at));
  }

  private Alert onlyAlert(String site, String type) {
    List<Alert> list = store.list(site, null, null, type, 10);
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  @Test
  void leak_connectedSupervisorAndHomeowner_receiveItOnTheirSockets() throws Exception {
    UserAccount supAccount = users.user(Role.SUPERVISOR);
    UserAccount ownerAccount = users.user(Role.HOMEOWNER);
    UserAccount workerAccount = users.user(Role.PROJECT_MANAGER);
    String site = users.siteWith(supAccount, ownerAccount, workerAccount).siteId();
    String supervisor = supAccount.userId();
    String owner = ownerAccount.userId();
    String worker = workerAccount.userId();
    try (FeedClient sup = new FeedClient(base, TestUsers.token(supAccount));
        FeedClient own = new FeedClient(base, TestUsers.token(ownerAccount));
        FeedClient other = new FeedClient(base, TestUsers.token(workerAccount))) {
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () ->
                  sockets.connected(supervisor)
                      && sockets.connected(owner)
                      && sockets.connected(worker));

      leak(site, Instant.now());

      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> sup.messages.stream().anyMatch(m -> m.contains(site)));
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> own.messages.stream().anyMatch(m -> m.contains(site)));
      assertThat(sup.messages.get(0)).contains("\"event\":\"OPENED\"", "\"type\":\"leak\"");
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(2))
          .until(() -> other.messages.stream().noneMatch(m -> m.contains(site)));
      long alertId = onlyAlert(site, "leak").id();
      assertThat(log.forAlert(alertId))
          .extracting(NotificationLog.Entry::userId)
          .containsExactlyInAnyOrder(supervisor, owner);
    }
  }

  @Test
  void websocket_invalidToken_handshakeRefusedWith401() {
    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new FeedClient(base, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").close());
    Throwable cause = refused;
    while (cause != null && !(cause instanceof java.net.http.WebSocketHandshakeException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("handshake refusal in %s", refused).isNotNull();
    assertThat(((java.net.http.WebSocketHandshakeException) cause).getResponse().statusCode())
        .isEqualTo(401);
  }

  @Test
  void leak_supervisorWantsEmail_mailArrivesInSmtpServer() throws Exception {
    UserAccount account = users.user(Role.SUPERVISOR);
    String site = users.siteWith(account).siteId();
    String supervisor = account.userId();
    String address = supervisor + "@example.test";
    preferences.save(new NotificationPreference(supervisor, false, true, address, Severity.MAJOR));

    leak(site, Instant.now());

    await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(address).size() == 1);
    MimeMessage mail = mailsTo(address).get(0);
    // Accounts keep no language, so e-mails are in zh-CN: severity and sentence in Chinese.
    assertThat(mail.getSubject()).contains("紧急", "leak", site);
    // The event is worded in the reader's language (issue 18), not the agent's code.
    assertThat(mail.getContent().toString())
        .contains("dev1/probe1 报告事件：漏水")
        .doesNotContain("报告事件：leak");
  }

  @Test
  void minorAlert_supervisorMinSeverityMajor_noEmail() {
    UserAccount account = users.user(Role.SUPERVISOR);
    String site = users.siteWith(account).siteId();
    String supervisor = account.userId();
    String address = supervisor + "@example.test";
    preferences.save(new NotificationPreference(supervisor, true, true, address, Severity.MAJOR));
    Instant t = Instant.now();

    engine.onHeartbeat(site, "box", dev.sitehub.cloud.alerts.Messages.heartbeat("box", 1L, t), t);

    long alertId = onlyAlert(site, "disk-low").id();
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(() -> mailsTo(address).isEmpty());
    assertThat(log.forAlert(alertId)).isEmpty();
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(address));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  @Test
  void webhook_receiverFailsTwice_retriedAndSignatureVerifies() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Map<String, String> seen = new ConcurrentHashMap<>();
          seen.put("body", body);
          seen.put("ts", exchange.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER));
          seen.put("sig", exchange.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER));
          received.add(seen);
          int status = calls.incrementAndGet() <= 2 ? 500 : 204;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    try {
      String site = uniqueId("site");
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
      settings.save(site, ZoneId.of("Asia/Shanghai"), null, List.of(), null, url, SECRET);

      leak(site, Instant.now());

      long alertId = onlyAlert(site, "leak").id();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> outbox.forAlert(alertId).get(0).delivered());
      assertThat(calls.get()).isEqualTo(3);
      assertThat(outbox.forAlert(alertId).get(0).attempts()).isEqualTo(3);

      Map<String, String> last = received.get(2);
      assertThat(last.get("body")).contains("\"id\":" + alertId, "\"OPENED\"");
      // Verified independently of WebhookSigner, as a receiver would.
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          "sha256="
              + HexFormat.of()
                  .formatHex(
                      mac.doFinal(
                          (last.get("ts") + "." + last.get("body"))
                              .getBytes(StandardCharsets.UTF_8)));
      assertThat(last.get("sig")).isEqualTo(expected);
      assertThat(
              WebhookSigner.verify(
                  "wrong-secret-0123456",
                  Long.parseLong(last.get("ts")),
                  last.get("body"),
                  last.get("sig")))
          .isFalse();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void webhook_receiverAlwaysFails_givesUpAfterMaxAttempts() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          calls.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
    server.start();
    try {
      String site = uniqueId("site");
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
      settings.save(site, ZoneId.of("Asia/Shanghai"), null, List.of(), null, url, SECRET);

      leak(site, Instant.now());

      long alertId = onlyAlert(site, "leak").id();
      await().atMost(Duration.ofSeconds(15)).until(() -> outbox.forAlert(alertId).get(0).failed());
      WebhookOutbox.Status status = outbox.forAlert(alertId).get(0);
      assertThat(status.attempts()).isEqualTo(4);
      assertThat(status.lastError()).isEqualTo("HTTP 503");
      assertThat(calls.get()).isEqualTo(4);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void escalation_criticalUnacknowledged_notifiesNextPersonInTurn() throws Exception {
    String site = uniqueId("site");
    UserAccount firstAccount = users.user(Role.PROJECT_MANAGER);
    String first = firstAccount.userId();
    String second = uniqueId("boss");
    String secondMail = second + "@example.test";
    settings.save(site, ZoneId.of("Asia/Shanghai"), null, List.of(first, second), 10, null, null);
    preferences.save(new NotificationPreference(second, true, true, secondMail, Severity.CRITICAL));
    try (FeedClient firstFeed = new FeedClient(base, TestUsers.token(firstAccount))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> sockets.connected(first));
      leak(site, Instant.now());
      Alert alert = onlyAlert(site, "leak");

      escalator.run(alert.openedAt().plus(Duration.ofMinutes(9)));
      assertThat(onlyAlert(site, "leak").escalationLevel()).isZero();

      escalator.run(alert.openedAt().plus(Duration.ofMinutes(10)));
      assertThat(onlyAlert(site, "leak").escalationLevel()).isEqualTo(1);
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> firstFeed.messages.stream().anyMatch(m -> m.contains("\"ESCALATED\"")));

      escalator.run(alert.openedAt().plus(Duration.ofMinutes(20)));
      assertThat(onlyAlert(site, "leak").escalationLevel()).isEqualTo(2);
      await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(secondMail).size() == 1);
      assertThat(mailsTo(secondMail).get(0).getSubject()).contains("已升级");
      assertThat(log.forAlert(alert.id()))
          .extracting(NotificationLog.Entry::userId, NotificationLog.Entry::reason)
          .contains(
              org.assertj.core.groups.Tuple.tuple(first, "ESCALATED"),
              org.assertj.core.groups.Tuple.tuple(second, "ESCALATED"));
    }
  }

  @Test
  void escalation_acknowledgedInTime_nobodyElseIsTold() {
    String site = uniqueId("site");
    settings.save(site, ZoneId.of("Asia/Shanghai"), null, List.of(uniqueId("pm")), 10, null, null);
    leak(site, Instant.now());
    Alert alert = onlyAlert(site, "leak");
    store.acknowledge(site, alert.id(), "sup", "on my way", Instant.now());

    escalator.run(alert.openedAt().plus(Duration.ofMinutes(30)));

    assertThat(onlyAlert(site, "leak").escalationLevel()).isZero();
  }
}
