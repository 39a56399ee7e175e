package dev.sitehub.cloud.devices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.sites.Site;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Verifies the fleet counts of the landing pages against the real database, now that a box's
 * liveness comes from ingestion's table through {@code telemetry.DeviceLiveness}: revoked boxes do
 * not count, boxes never heard from count as offline, and the latest sighting wins.
 */
@QuarkusTest
class FleetQueryTest {
  @Inject FleetQuery fleet;
  @Inject TestUsers users;
  @Inject Db db;

  @Test
  void perSite_mixOfOnlineOfflineSilentAndRevoked_countsOnlyBoxesInService() {
    Site site = users.siteWith();
    Site other = users.siteWith();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    String online = device(site, null);
    String offline = device(site, null);
    device(site, null); // provisioned, never heard from
    String revoked = device(site, now);
    String elsewhere = device(other, null);
    status(online, site, true, now.minusSeconds(30));
    status(offline, site, false, now.minusSeconds(5));
    status(revoked, site, true, now.minusSeconds(1));
    status(elsewhere, other, true, now.minusSeconds(60));

    Map<String, FleetQuery.SiteFleet> fleets = fleet.perSite(List.of(site.siteId()));

    assertThat(fleets).containsOnlyKeys(site.siteId());
    FleetQuery.SiteFleet f = fleets.get(site.siteId());
    assertThat(f.devices()).isEqualTo(3);
    assertThat(f.online()).isEqualTo(1);
    assertThat(f.lastSeen()).isEqualTo(now.minusSeconds(1));
  }

  @Test
  void all_boxesWithAndWithoutStatus_reportsLivenessPerBox() {
    Site site = users.siteWith();
    String heard = device(site, null);
    String silent = device(site, null);
    Instant seen = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(10);
    status(heard, site, true, seen);

    List<FleetQuery.Box> boxes =
        fleet.all(100_000).stream()
            .filter(b -> b.deviceId().equals(heard) || b.deviceId().equals(silent))
            .toList();

    assertThat(boxes)
        .containsExactlyInAnyOrder(
            new FleetQuery.Box(heard, site.siteId(), true, false, seen),
            new FleetQuery.Box(silent, site.siteId(), false, false, null));
    assertThat(fleet.all(0)).isEmpty();
  }

  private String device(Site site, Instant revokedAt) {
    String id = "fleet-" + UUID.randomUUID().toString().substring(0, 8);
    db.update(
        "INSERT INTO device (device_id, site_id, revoked_at) VALUES (?, ?, ?)",
        id,
        site.siteId(),
        revokedAt == null ? null : Timestamp.from(revokedAt));
    return id;
  }

  private void status(String deviceId, Site site, boolean online, Instant lastSeen) {
    db.update(
        "INSERT INTO device_status (device_id, site_id, online, last_seen, changed_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        deviceId,
        site.siteId(),
        online,
        Timestamp.from(lastSeen),
        Timestamp.from(lastSeen));
  }
}
