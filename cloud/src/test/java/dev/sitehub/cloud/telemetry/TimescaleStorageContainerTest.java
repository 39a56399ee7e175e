package dev.sitehub.cloud.telemetry;

import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The storage contract on TimescaleDB in a container, where Docker exists; its twin that needs no
 * Docker is {@link TimescaleStorageContractTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class TimescaleStorageContainerTest extends TelemetryStorageContract {
  @Container
  static final PostgreSQLContainer<?> TIMESCALE =
      new PostgreSQLContainer<>(
          DockerImageName.parse("timescale/timescaledb:latest-pg17")
              .asCompatibleSubstituteFor("postgres"));

  private static TimescaleDatabase db;

  @BeforeAll
  static void database() throws Exception {
    Properties credentials = new Properties();
    credentials.setProperty("user", TIMESCALE.getUsername());
    credentials.setProperty("password", TIMESCALE.getPassword());
    db = TimescaleDatabase.create(TIMESCALE.getJdbcUrl(), credentials);
  }

  @AfterAll
  static void drop() throws Exception {
    if (db != null) {
      db.close();
    }
  }

  @Override
  DataSource db() {
    return db.ds;
  }

  @Override
  TelemetryStorage storage() {
    return db.storage;
  }

  @Override
  StorageConfig config() {
    return db.config;
  }

  @Test
  void initialize_twice_hypertablePoliciesAndAggregatesInPlace() throws Exception {
    db.storage.initialize();
    TimescaleStorageContractTest.assertStructure(db.ds);
  }
}
