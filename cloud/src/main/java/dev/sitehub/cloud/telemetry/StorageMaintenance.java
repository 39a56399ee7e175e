package dev.sitehub.cloud.telemetry;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;

/** Initializes the storage layout at startup and runs its upkeep on a schedule. */
@ApplicationScoped
class StorageMaintenance {
  private final TelemetryStorage storage;
  private final Clock clock;

  public StorageMaintenance(TelemetryStorage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent event) throws SQLException {
    storage.initialize();
  }

  @Scheduled(
      every = "${sitehub.storage.maintain-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void maintain() throws SQLException {
    storage.maintain(clock.instant());
  }
}
