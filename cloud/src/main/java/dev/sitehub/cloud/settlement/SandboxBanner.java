package dev.sitehub.cloud.settlement;

import io.quarkus.qute.TemplateGlobal;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tells every template whether the payment sandbox is active, so each page that shows money carries
 * the {@code tags/sandboxBanner} warning that no real money moves.
 */
@TemplateGlobal
public final class SandboxBanner {
  private SandboxBanner() {}

  /** Whether payments run on the sandbox ({@code sitehub.payments.provider}, default sandbox). */
  public static boolean sandboxPayments() {
    return ConfigProvider.getConfig()
        .getOptionalValue("sitehub.payments.provider", String.class)
        .map(v -> v.equalsIgnoreCase("sandbox"))
        .orElse(true);
  }
}
