package dev.sitehub.cloud.devices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.Db;
import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.accounts.UserAccount;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.sites.Site;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Verifies claim codes, provisioning refusals, revocation and re-provisioning. */
@QuarkusTest
class DeviceServiceTest {
  @Inject DeviceService devices;
  @Inject DeviceRepository repository;
  @Inject UnitOfWork work;
  @Inject TestUsers users;
  @Inject CloudPrincipal cloudPrincipal;
  @Inject Db db;

  @Test
  void createClaim_viaApi_codeOnceAsTextAndQrPng_onlyDigestStored() throws Exception {
    UserAccount installer = users.user(Role.INSTALLER);
    Site site = users.siteWith(installer);
    ClaimView claim =
        given()
            .auth()
            .oauth2(TestUsers.token(installer))
            .post("/api/sites/" + site.siteId() + "/claims")
            .then()
            .statusCode(201)
            .extract()
            .as(ClaimView.class);
    assertThat(claim.code()).matches("[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}");
    BufferedImage qr =
        ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(claim.qrPngBase64())));
    assertThat(qr.getWidth()).isGreaterThan(100).isEqualTo(qr.getHeight());
    assertThat(
            db.count(
                "SELECT count(*) FROM mqtt_claim WHERE code_digest = ?",
                DeviceSecrets.claimDigest(claim.code())))
        .isEqualTo(1);
    assertThat(db.count("SELECT count(*) FROM mqtt_claim WHERE code_digest = ?", claim.code()))
        .isZero();
  }

  @Test
  void provision_claimUsedTwice_secondRefusedAsUsed() {
    Site site = users.siteWith();
    ClaimView claim = devices.createClaim(site.siteId(), null);
    ProvisionResponse first = devices.provision("box-a", request(claim.code()));
    ProvisionResponse second = devices.provision("box-b", request(claim.code()));
    assertThat(first.accepted()).isTrue();
    assertThat(DeviceSecrets.verify(first.secret(), principalHash(first.deviceId()))).isTrue();
    assertThat(second.accepted()).isFalse();
    assertThat(second.error()).isEqualTo("claim code already used");
  }

  @Test
  void provision_expiredClaim_refusedAsExpired() {
    Site site = users.siteWith();
    String code = "exp-" + UUID.randomUUID();
    Instant now = Instant.now();
    work.write(
        () ->
            repository.insertClaim(
                DeviceSecrets.claimDigest(code), site.siteId(), now.minusSeconds(1), null, now));
    ProvisionResponse r = devices.provision("box-c", request(code));
    assertThat(r.accepted()).isFalse();
    assertThat(r.error()).isEqualTo("claim code expired");
  }

  @Test
  void provision_unknownClaim_refusedAsUnknown() {
    ProvisionResponse r = devices.provision("box-d", request("never-issued-" + UUID.randomUUID()));
    assertThat(r.accepted()).isFalse();
    assertThat(r.error()).isEqualTo("unknown claim code");
  }

  @Test
  void revokeThenReprovision_principalRevokedThenNewSecretWorks() {
    Site site = users.siteWith();
    ProvisionResponse dev =
        devices.provision("box-e", request(devices.createClaim(site.siteId(), null).code()));
    devices.revoke(site.siteId(), dev.deviceId(), "usr-installer-test");
    assertThat(
            db.count(
                "SELECT count(*) FROM mqtt_principal WHERE principal_id = ? AND revoked_at IS NOT NULL",
                dev.deviceId()))
        .isEqualTo(1);

    ReprovisionView again =
        devices.reprovision(site.siteId(), dev.deviceId(), "usr-installer-test");

    String hash = principalHash(dev.deviceId());
    assertThat(DeviceSecrets.verify(again.secret(), hash)).isTrue();
    assertThat(DeviceSecrets.verify(dev.secret(), hash)).isFalse();
  }

  @Test
  void revoke_deviceOfAnotherSite_notFound() {
    Site mine = users.siteWith();
    Site other = users.siteWith();
    ProvisionResponse dev =
        devices.provision("box-f", request(devices.createClaim(other.siteId(), null).code()));
    UserAccount op = users.user(Role.OPERATOR);
    given()
        .auth()
        .oauth2(TestUsers.token(op))
        .post("/api/sites/" + mine.siteId() + "/devices/" + dev.deviceId() + "/revoke")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void cloudPrincipal_atStartup_storedAsCloudKindWithConfiguredPassword() {
    cloudPrincipal.ensure();
    assertThat(db.text("SELECT kind FROM mqtt_principal WHERE principal_id = 'sitehub-cloud'"))
        .isEqualTo("cloud");
    assertThat(
            DeviceSecrets.verify(
                dev.sitehub.cloud.BrokerResource.CLOUD_PASSWORD, principalHash("sitehub-cloud")))
        .isTrue();
  }

  private String principalHash(String id) {
    return db.text("SELECT secret_hash FROM mqtt_principal WHERE principal_id = ?", id);
  }

  private static ProvisionRequest request(String code) {
    return new ProvisionRequest("req-1", code, "hw-1", "1.0");
  }
}
