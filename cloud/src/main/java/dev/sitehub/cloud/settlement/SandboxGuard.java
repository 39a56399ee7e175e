package dev.sitehub.cloud.settlement;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a deployed cloud (launch mode NORMAL) whose payments run on the sandbox, which
 * approves every charge and moves no money: production takes real deposits or none. The local stack
 * and the demo (the packaged app with {@code sitehub.demo.seed=true}) keep the sandbox.
 */
@ApplicationScoped
class SandboxGuard {
  private final PaymentsConfig config;

  SandboxGuard(PaymentsConfig config) {
    this.config = config;
  }

  void onStart(@Observes @Priority(2) StartupEvent event) {
    boolean demo =
        ConfigProvider.getConfig()
            .getOptionalValue("sitehub.demo.seed", Boolean.class)
            .orElse(false);
    refusal(LaunchMode.current(), config.provider(), demo)
        .ifPresent(
            why -> {
              throw new IllegalStateException(why);
            });
  }

  /** Why this launch must not start, if it must not. */
  static Optional<String> refusal(LaunchMode mode, PaymentProvider provider, boolean demo) {
    if (mode == LaunchMode.NORMAL && provider == PaymentProvider.SANDBOX && !demo) {
      return Optional.of(
          "refusing to start: sitehub.payments.provider=sandbox moves no real money and is for"
              + " the local stack and the demo only; set sitehub.payments.provider=wechatpay and"
              + " the sitehub.payments.wechatpay.* merchant settings (docs/operations.md)");
    }
    return Optional.empty();
  }
}
