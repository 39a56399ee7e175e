package dev.sitehub.cloud.alerts;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * A listener that, for a change whose comment is {@link #MARKER}, first writes a sentinel alert in
 * the change's unit of work and then fails it, so {@link AlertUnitOfWorkTest} can see that
 * everything written in that unit of work rolls back. Every other change passes untouched.
 */
@ApplicationScoped
class FailingAlertListener implements AlertListener {
  static final String MARKER = "fail-in-transaction";
  static final String SENTINEL_TYPE = "rollback-sentinel";

  private final AlertRepository alerts;

  FailingAlertListener(AlertRepository alerts) {
    this.alerts = alerts;
  }

  @Override
  public Uni<Void> inTransaction(AlertChange change) {
    Alert a = change.alert();
    if (!MARKER.equals(a.resolveComment()) && !MARKER.equals(a.acknowledgeComment())) {
      return Uni.createFrom().voidItem();
    }
    return alerts
        .raise(
            a.siteId(),
            SENTINEL_TYPE,
            "test",
            Severity.WARNING,
            AlertDetail.event("sentinel", "test", false),
            Instant.now())
        .chain(
            written ->
                Uni.createFrom()
                    .failure(new IllegalStateException("listener failed after writing")));
  }

  @Override
  public void afterCommit(AlertChange change) {}
}
