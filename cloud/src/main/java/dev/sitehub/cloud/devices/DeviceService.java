package dev.sitehub.cloud.devices;

import dev.sitehub.cloud.audit.AuditAction;
import dev.sitehub.cloud.audit.AuditEntry;
import dev.sitehub.cloud.audit.AuditLog;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.message.ProvisionRequest;
import dev.sitehub.protocol.message.ProvisionResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Claim codes, provisioning from a claim, and the device lifecycle (list, revoke, re-provision).
 */
@ApplicationScoped
public class DeviceService {
  private static final Logger LOG = Logger.getLogger(DeviceService.class);

  private final DeviceRepository repository;
  private final UnitOfWork work;
  private final DeviceConfig config;
  private final Ids ids;
  private final Clock clock;

  private final AuditLog audit;

  DeviceService(
      DeviceRepository repository,
      UnitOfWork work,
      DeviceConfig config,
      Ids ids,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.repository = repository;
    this.work = work;
    this.config = config;
    this.ids = ids;
    this.clock = clock;
  }

  /** A new single-use claim code for the site; only its SHA-256 digest is stored. */
  public ClaimView createClaim(String siteId, String createdBy) {
    String raw = ids.randomText(12);
    String code = raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    Instant now = clock.instant();
    Instant expires = now.plus(config.claimTtl());
    work.write(
        () ->
            repository.insertClaim(
                DeviceSecrets.claimDigest(code), siteId, expires, createdBy, now));
    LOG.infof("claim code created site=%s by=%s expires=%s", siteId, createdBy, expires);
    String png = Base64.getEncoder().encodeToString(ClaimQr.png(code));
    return new ClaimView(siteId, code, expires, png);
  }

  /**
   * Answers a provisioning request: a valid claim yields a new device id and secret, whose PBKDF2
   * hash is stored for the broker; anything else is refused with a reason.
   */
  public ProvisionResponse provision(String clientId, ProvisionRequest request) {
    String digest = DeviceSecrets.claimDigest(request.claimCode());
    String deviceId = ids.next("dev");
    String secret = DeviceSecrets.newSecret();
    Instant now = clock.instant();
    String hash = DeviceSecrets.hash(secret);
    DeviceRepository.Provisioned outcome =
        work.write(
            () ->
                repository
                    .provision(
                        digest, now, deviceId, request.hardwareId(), request.agentVersion(), hash)
                    .call(
                        o ->
                            o.siteId() == null
                                ? Uni.createFrom().voidItem()
                                : audit.recording(
                                    AuditEntry.onSite(
                                        AuditAction.DEVICE_CLAIMED,
                                        null,
                                        o.siteId(),
                                        deviceId,
                                        request.hardwareId()))));
    if (outcome.siteId() == null) {
      LOG.infof(
          "provision refused client=%s request=%s: %s",
          clientId, request.requestId(), outcome.refusal());
      return ProvisionResponse.refused(request.requestId(), outcome.refusal());
    }
    LOG.infof(
        "device provisioned client=%s site=%s device=%s hardware=%s",
        clientId, outcome.siteId(), deviceId, request.hardwareId());
    return ProvisionResponse.accepted(request.requestId(), outcome.siteId(), deviceId, secret);
  }

  public List<DeviceView> list(String siteId) {
    return work.read(() -> repository.list(siteId));
  }

  public void revoke(String siteId, String deviceId, String actorId) {
    if (!work.write(
        () ->
            repository
                .revoke(siteId, deviceId, clock.instant())
                .call(
                    done ->
                        done
                            ? audit.recording(
                                AuditEntry.onSite(
                                    AuditAction.DEVICE_REVOKED, actorId, siteId, deviceId, null))
                            : Uni.createFrom().voidItem()))) {
      throw ProblemException.notFound("device-not-found", "no such device on this site");
    }
    LOG.infof("device revoked site=%s device=%s", siteId, deviceId);
  }

  /** Issues a new secret for an existing device (lost secret, replaced SD card). */
  public ReprovisionView reprovision(String siteId, String deviceId, String actorId) {
    String secret = DeviceSecrets.newSecret();
    String hash = DeviceSecrets.hash(secret);
    if (!work.write(
        () ->
            repository
                .reprovision(siteId, deviceId, hash, clock.instant())
                .call(
                    done ->
                        done
                            ? audit.recording(
                                AuditEntry.onSite(
                                    AuditAction.DEVICE_REPROVISIONED,
                                    actorId,
                                    siteId,
                                    deviceId,
                                    null))
                            : Uni.createFrom().voidItem()))) {
      throw ProblemException.notFound("device-not-found", "no such device on this site");
    }
    LOG.infof("device re-provisioned site=%s device=%s", siteId, deviceId);
    return new ReprovisionView(deviceId, siteId, secret);
  }
}
