package dev.sitehub.cloud.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

/** Verifies that a production launch refuses the payment sandbox, and nothing else does. */
class SandboxGuardTest {
  @Test
  void refusal_productionWithSandbox_refusedNamingTheSetting() {
    assertThat(SandboxGuard.refusal(LaunchMode.NORMAL, PaymentProvider.SANDBOX, false))
        .hasValueSatisfying(why -> assertThat(why).contains("sitehub.payments.provider=wechatpay"));
  }

  @Test
  void refusal_productionWithWechatpay_starts() {
    assertThat(SandboxGuard.refusal(LaunchMode.NORMAL, PaymentProvider.WECHATPAY, false)).isEmpty();
  }

  @Test
  void refusal_testsDevAndTheDemo_keepTheSandbox() {
    assertThat(SandboxGuard.refusal(LaunchMode.TEST, PaymentProvider.SANDBOX, false)).isEmpty();
    assertThat(SandboxGuard.refusal(LaunchMode.DEVELOPMENT, PaymentProvider.SANDBOX, false))
        .isEmpty();
    assertThat(SandboxGuard.refusal(LaunchMode.NORMAL, PaymentProvider.SANDBOX, true)).isEmpty();
  }
}
