package dev.sitehub.cloud.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook URLs that would reach the cloud's own network are refused unless allowed. */
class WebhookTargetsTest {
  private static final Map<String, String> DNS =
      Map.of(
          "hooks.example.com", "93.184.216.34",
          "rebind.example.com", "10.1.2.3",
          "metadata.example.com", "169.254.169.254");

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    String ip = DNS.get(host);
    if (ip != null) {
      return new InetAddress[] {InetAddress.getByName(ip)};
    }
    if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
      return new InetAddress[] {InetAddress.getByName(host)};
    }
    throw new UnknownHostException(host);
  }

  private final WebhookTargets strict = new WebhookTargets(false, WebhookTargetsTest::resolve);
  private final WebhookTargets lenient = new WebhookTargets(true, WebhookTargetsTest::resolve);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/hook",
        "http://10.0.0.5/hook",
        "http://172.16.3.4/hook",
        "http://192.168.1.1/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://[::1]/hook",
        "http://[fd00::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "https://rebind.example.com/hook",
        "https://metadata.example.com/hook"
      })
  void refusal_internalTarget_refusedInProduction(String url) {
    assertThat(strict.refusal(url)).get().asString().contains("internal address");
    assertThat(lenient.refusal(url)).isEmpty();
  }

  @Test
  void refusal_publicHost_allowed() {
    assertThat(strict.refusal("https://hooks.example.com/sitehub")).isEmpty();
    assertThat(strict.refusal("http://93.184.216.34/hook")).isEmpty();
  }

  @Test
  void refusal_badShapes_refusedEvenWhenPrivateAllowed() {
    assertThat(lenient.refusal("ftp://hooks.example.com/x")).get().asString().contains("http(s)");
    assertThat(lenient.refusal("not a uri")).get().asString().contains("not a URI");
    assertThat(lenient.refusal("https:///path-only")).get().asString().contains("no host");
    assertThat(lenient.refusal("https://user:pw@hooks.example.com/x"))
        .get()
        .asString()
        .contains("credentials");
  }

  @Test
  void refusal_unresolvableHost_refusedWithReason() {
    assertThat(strict.refusal("https://nowhere.invalid/x"))
        .get()
        .asString()
        .contains("does not resolve");
  }
}
