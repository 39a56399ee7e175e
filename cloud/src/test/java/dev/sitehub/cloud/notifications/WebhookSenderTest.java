package dev.sitehub.cloud.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.sitehub.cloud.alerts.WebhookTargets;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook goes to the address its host resolved to when it was vetted, never to a second DNS
 * answer. The host here is under {@code .invalid}, which no DNS resolves (RFC 6761): the request
 * can only arrive if the sender connected to the vetted address, and it still names the host.
 */
class WebhookSenderTest {
  private Vertx vertx;
  private HttpServer receiver;
  private final Map<String, String> seen = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          seen.put("host", exchange.getRequestHeaders().getFirst("Host"));
          seen.put("query", String.valueOf(exchange.getRequestURI().getRawQuery()));
          seen.put(
              "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          seen.put("sig", String.valueOf(exchange.getRequestHeaders().getFirst("X-Test-Sig")));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    vertx.close();
  }

  @Test
  void post_connectsToTheVettedAddress_andNamesTheHost() throws Exception {
    AtomicInteger lookups = new AtomicInteger();
    WebhookTargets targets =
        new WebhookTargets(
            true,
            host -> {
              lookups.incrementAndGet();
              if (!host.equals("hooks.sitehub.invalid")) {
                throw new UnknownHostException(host);
              }
              return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            });
    int port = receiver.getAddress().getPort();
    WebhookTargets.Vetted target =
        targets.vet("http://hooks.sitehub.invalid:" + port + "/hook?site=s1");

    int status;
    try (WebhookSender sender = new WebhookSender(vertx, Duration.ofSeconds(5))) {
      status = sender.post(target, Map.of("X-Test-Sig", "abc"), "{\"alert\":1}");
    }

    assertThat(status).isEqualTo(204);
    assertThat(lookups).hasValue(1);
    assertThat(seen)
        .containsEntry("host", "hooks.sitehub.invalid:" + port)
        .containsEntry("query", "site=s1")
        .containsEntry("body", "{\"alert\":1}")
        .containsEntry("sig", "abc");
  }

  @Test
  void vet_internalAddressInProduction_refusedBeforeAnyConnection() {
    WebhookTargets strict =
        new WebhookTargets(false, host -> new InetAddress[] {InetAddress.getByName("10.0.0.7")});

    WebhookTargets.Vetted target = strict.vet("https://hooks.example.com/hook");

    assertThat(target.cleared()).isFalse();
    assertThat(target.refusal()).contains("internal address");
  }

  @Test
  void post_nobodyListening_ioExceptionNamesTheCause() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    WebhookTargets targets =
        new WebhookTargets(true, host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
    WebhookTargets.Vetted target = targets.vet("http://hooks.sitehub.invalid:" + closedPort + "/h");

    try (WebhookSender sender = new WebhookSender(vertx, Duration.ofSeconds(2))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> sender.post(target, Map.of(), "{}"))
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("Connect");
    }
  }
}
