package dev.sitehub.cloud.common;

import dev.sitehub.protocol.PlaceholderSecrets;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a deployed cloud (launch mode NORMAL: the packaged app, not tests or dev mode)
 * whose secrets are still placeholders such as {@code change-me}: an example file copied as it is
 * would otherwise run in production with secrets anyone can read in our repository. The message
 * names the settings, never their values.
 */
@ApplicationScoped
class PlaceholderSecretsGuard {
  /** Every secret the cloud reads from configuration. */
  static final List<String> SECRETS =
      List.of(
          "quarkus.datasource.password",
          "sitehub.mqtt.password",
          "sitehub.live.ticket-secret",
          "sitehub.media.s3.secret-key",
          "quarkus.mailer.password",
          "sitehub.payments.wechatpay.api-v3-key",
          "sitehub.payments.wechatpay.merchant-id");

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (LaunchMode.current() != LaunchMode.NORMAL) {
      return;
    }
    List<String> bad =
        placeholders(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    if (!bad.isEmpty()) {
      throw new IllegalStateException(
          "refusing to start: these secrets are still placeholders (set real values, for example"
              + " in the .env file next to docker-compose.yml): "
              + String.join(", ", bad));
    }
  }

  /** The names of the secrets whose configured value is a placeholder. */
  static List<String> placeholders(Function<String, Optional<String>> config) {
    return SECRETS.stream()
        .filter(name -> config.apply(name).filter(PlaceholderSecrets::isPlaceholder).isPresent())
        .toList();
  }
}
