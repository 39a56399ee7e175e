package dev.sitehub.cloud.alerts;

import static dev.sitehub.cloud.alerts.AlertTestSupport.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.notifications.WebhookOutbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifies that an alert change and what its listeners write in the same unit of work commit or
 * roll back together, against the real database.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class AlertUnitOfWorkTest {
  @Inject AlertStore store;
  @Inject SiteSettingsRepository settings;
  @Inject WebhookOutbox outbox;

  @Test
  void resolve_listenerFailsAfterWriting_changeAndListenerWritesRolledBack() {
    String site = uniqueId("site");
    // A webhook, so that the notifications listener writes an outbox row for every change.
    settings.save(
        site,
        ZoneId.of("UTC"),
        null,
        List.of(),
        null,
        "https://hooks.example.invalid/sitehub",
        "secret");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Alert opened =
        store
            .raise(
                site,
                "leak",
                "dev1/probe1",
                Severity.MAJOR,
                AlertDetail.event("leak", "dev1/probe1", false),
                at)
            .alert();
    assertThat(outbox.forAlert(opened.id())).hasSize(1);

    assertThatThrownBy(
            () -> store.resolve(site, opened.id(), "user-1", FailingAlertListener.MARKER, at))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("listener failed after writing");

    Alert after = store.find(site, opened.id()).orElseThrow();
    assertThat(after.status()).isEqualTo(AlertStatus.OPEN);
    assertThat(after.resolvedBy()).isNull();
    assertThat(store.list(site, null, null, FailingAlertListener.SENTINEL_TYPE, 10)).isEmpty();
    assertThat(outbox.forAlert(opened.id())).hasSize(1);
  }

  @Test
  void resolve_listenersSucceed_changeAndOutboxRowCommitted() {
    String site = uniqueId("site");
    settings.save(
        site,
        ZoneId.of("UTC"),
        null,
        List.of(),
        null,
        "https://hooks.example.invalid/sitehub",
        "secret");
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Alert opened =
        store
            .raise(
                site,
                "leak",
                "dev1/probe1",
                Severity.MAJOR,
                AlertDetail.event("leak", "dev1/probe1", false),
                at)
            .alert();

    assertThat(store.resolve(site, opened.id(), "user-1", "fixed", at)).isPresent();

    assertThat(store.find(site, opened.id()).orElseThrow().status())
        .isEqualTo(AlertStatus.RESOLVED);
    assertThat(outbox.forAlert(opened.id())).hasSize(2);
  }
}
