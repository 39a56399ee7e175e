package dev.sitehub.cloud.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Verifies that provisioning, which uses the claim, writes the device and writes its credential,
 * commits whole or not at all, against the real database.
 */
@QuarkusTest
class DeviceUnitOfWorkTest {
  @Inject DeviceService devices;
  @Inject DeviceRepository repository;
  @Inject CloudPrincipal cloudPrincipal;
  @Inject UnitOfWork work;
  @Inject TestUsers users;
  @Inject Db db;

  /**
   * Verifies that when the credential cannot be written (its id is taken by the cloud's own
   * principal) after the device row was, neither the device nor the use of the claim is kept, so
   * the same code still provisions a box afterwards.
   */
  @Test
  void provision_credentialInsertFails_deviceAndClaimUseRolledBack() {
    cloudPrincipal.ensure();
    Site site = users.siteWith();
    ClaimView claim = devices.createClaim(site.siteId(), null);
    String digest = DeviceSecrets.claimDigest(claim.code());

    assertThatThrownBy(
            () ->
                work.write(
                    () ->
                        repository.provision(
                            digest, Instant.now(), "sitehub-cloud", "hw-x", "1.0", "hash")))
        .satisfies(e -> assertThat(UnitOfWork.isUniqueViolation(e)).isTrue());

    assertThat(db.count("SELECT count(*) FROM device WHERE device_id = 'sitehub-cloud'")).isZero();
    assertThat(
            db.count(
                "SELECT count(*) FROM mqtt_claim WHERE code_digest = ? AND used_at IS NULL",
                digest))
        .isEqualTo(1);
    assertThat(db.text("SELECT kind FROM mqtt_principal WHERE principal_id = 'sitehub-cloud'"))
        .isEqualTo("cloud");
    ProvisionResponse again =
        devices.provision("box-uow", new ProvisionRequest("req-uow", claim.code(), "hw-1", "1.0"));
    assertThat(again.accepted()).isTrue();
    assertThat(devices.list(site.siteId()))
        .extracting(DeviceView::deviceId)
        .containsExactly(again.deviceId());
  }
}
