package dev.sitehub.cloud.telemetry;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/** Verifies the TimescaleDB layout in a real TimescaleDB container, where Docker exists. */
@Testcontainers(disabledWithoutDocker = true)
class TimescaleStorageContainerTest {
  @Container
  static final PostgreSQLContainer<?> TIMESCALE =
      new PostgreSQLContainer<>(
          DockerImageName.parse("timescale/timescaledb:latest-pg17")
              .asCompatibleSubstituteFor("postgres"));

  @Test
  void timescaleLayout_inContainer_hypertablePoliciesAndAggregatesWork() throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(TIMESCALE.getJdbcUrl());
    ds.setUser(TIMESCALE.getUsername());
    ds.setPassword(TIMESCALE.getPassword());
    TimescaleContract.verify(ds);
  }
}
