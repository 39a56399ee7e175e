package dev.sitehub.cloud.telemetry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * The storage contract on the application's own database and the layout it picked there: the plain
 * (partitioned) layout on our machines, the hypertable where the database has TimescaleDB.
 */
@QuarkusTest
class StorageContractTest extends TelemetryStorageContract {
  @Inject AgroalDataSource ds;
  @Inject TelemetryStorage storage;
  @Inject StorageConfig config;

  @Override
  DataSource db() {
    return ds;
  }

  @Override
  TelemetryStorage storage() {
    return storage;
  }

  @Override
  StorageConfig config() {
    return config;
  }
}
