package dev.sitehub.cloud.devices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.cloud.telemetry.DeviceLiveness;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Claim codes, devices and their rows in the broker's credential store, through Hibernate Reactive.
 * Every method returns work for a {@link dev.sitehub.cloud.common.UnitOfWork} to run.
 */
@ApplicationScoped
class DeviceRepository implements PanacheRepositoryBase<Device, String> {
  private final ObjectMapper json;
  private final DeviceLiveness liveness;

  DeviceRepository(ObjectMapper json, DeviceLiveness liveness) {
    this.json = json;
    this.liveness = liveness;
  }

  Uni<Void> insertClaim(
      String digest, String siteId, Instant expiresAt, String createdBy, Instant now) {
    return getSession()
        .chain(s -> s.persist(new MqttClaim(digest, siteId, expiresAt, createdBy, now)))
        .chain(this::flush);
  }

  /**
   * Consumes the claim and registers the device with its credential. The claim is read under a row
   * lock, so it is single-use even under concurrent requests; a refused claim changes nothing.
   */
  Uni<Provisioned> provision(
      String claimDigest,
      Instant now,
      String deviceId,
      String hardwareId,
      String agentVersion,
      String secretHash) {
    return getSession()
        .chain(
            s ->
                s.find(MqttClaim.class, claimDigest, LockModeType.PESSIMISTIC_WRITE)
                    .chain(
                        claim -> {
                          if (claim == null) {
                            return Uni.createFrom().item(Provisioned.refused("unknown claim code"));
                          }
                          String refusal = claim.refusal(now);
                          if (refusal != null) {
                            return Uni.createFrom().item(Provisioned.refused(refusal));
                          }
                          claim.usedAt = now;
                          return s.persist(
                                  new Device(deviceId, claim.siteId, hardwareId, agentVersion, now))
                              .chain(() -> s.flush())
                              .chain(
                                  () ->
                                      s.persist(
                                          MqttPrincipal.device(
                                              deviceId, claim.siteId, secretHash, now)))
                              .chain(s::flush)
                              .replaceWith(Provisioned.to(claim.siteId));
                        }));
  }

  Uni<List<DeviceView>> list(String siteId) {
    return find("siteId = ?1 order by provisionedAt, deviceId", siteId)
        .list()
        .chain(
            devices ->
                liveness
                    .of(devices.stream().map(d -> d.deviceId).toList())
                    .map(
                        states ->
                            devices.stream().map(d -> view(d, states.get(d.deviceId))).toList()));
  }

  /** Every agent version a box in service reported, for telling which boxes are behind. */
  Uni<List<String>> agentVersions() {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select distinct d.agentVersion from Device d"
                            + " where d.agentVersion is not null and d.revokedAt is null",
                        String.class)
                    .getResultList());
  }

  /** Marks device and credential revoked; false when the device is not on that site. */
  Uni<Boolean> revoke(String siteId, String deviceId, Instant now) {
    return onSite(siteId, deviceId)
        .chain(
            d -> {
              if (d == null) {
                return Uni.createFrom().item(false);
              }
              d.revokedAt = now;
              return devicePrincipal(siteId, deviceId)
                  .invoke(
                      p -> {
                        if (p != null) {
                          p.revokedAt = now;
                          p.updatedAt = now;
                        }
                      })
                  .chain(this::flush)
                  .replaceWith(true);
            });
  }

  /** Replaces the credential and lifts a revocation; false when the device is not on the site. */
  Uni<Boolean> reprovision(String siteId, String deviceId, String secretHash, Instant now) {
    return onSite(siteId, deviceId)
        .chain(
            d -> {
              if (d == null) {
                return Uni.createFrom().item(false);
              }
              d.revokedAt = null;
              return devicePrincipal(siteId, deviceId)
                  .invoke(
                      p -> {
                        if (p != null) {
                          p.secretHash = secretHash;
                          p.revokedAt = null;
                          p.updatedAt = now;
                        }
                      })
                  .chain(this::flush)
                  .replaceWith(true);
            });
  }

  /** Creates or refreshes the cloud's own MQTT principal. */
  Uni<Void> upsertCloudPrincipal(String username, String secretHash) {
    // One race-free statement: several cloud instances may start at once.
    return getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO mqtt_principal (principal_id, kind, secret_hash)"
                            + " VALUES (?1, 'cloud', ?2) ON CONFLICT (principal_id) DO UPDATE SET"
                            + " kind = 'cloud', site_id = NULL, secret_hash = EXCLUDED.secret_hash,"
                            + " revoked_at = NULL, updated_at = now()")
                    .setParameter(1, username)
                    .setParameter(2, secretHash)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The current secret hash of a principal, to skip re-hashing an unchanged password. */
  Uni<Optional<String>> principalHash(String principalId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.secretHash from MqttPrincipal p"
                            + " where p.principalId = ?1 and p.revokedAt is null",
                        String.class)
                    .setParameter(1, principalId)
                    .getSingleResultOrNull())
        .map(Optional::ofNullable);
  }

  /** The site of a device whose credential is live, or null. */
  Uni<String> boundSite(String deviceId) {
    return getSession()
        .chain(
            s ->
                s.createSelectionQuery(
                        "select p.siteId from MqttPrincipal p where p.principalId = ?1"
                            + " and p.kind = ?2 and p.revokedAt is null",
                        String.class)
                    .setParameter(1, deviceId)
                    .setParameter(2, MqttPrincipal.DEVICE)
                    .getSingleResultOrNull());
  }

  private Uni<Device> onSite(String siteId, String deviceId) {
    return findById(deviceId).map(d -> d != null && d.siteId.equals(siteId) ? d : null);
  }

  private Uni<MqttPrincipal> devicePrincipal(String siteId, String deviceId) {
    return getSession()
        .chain(s -> s.find(MqttPrincipal.class, deviceId))
        .map(
            p ->
                p != null && MqttPrincipal.DEVICE.equals(p.kind) && siteId.equals(p.siteId)
                    ? p
                    : null);
  }

  private DeviceView view(Device d, DeviceLiveness.Liveness st) {
    return new DeviceView(
        d.deviceId,
        d.siteId,
        d.hardwareId,
        d.agentVersion,
        d.provisionedAt,
        d.revokedAt,
        st != null && st.online(),
        st == null ? null : st.lastSeen(),
        st == null ? null : parse(st.health()));
  }

  private JsonNode parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  /** The outcome of a provisioning request: the claim's site, or why the claim was refused. */
  record Provisioned(String siteId, String refusal) {
    static Provisioned to(String siteId) {
      return new Provisioned(siteId, null);
    }

    static Provisioned refused(String refusal) {
      return new Provisioned(null, refusal);
    }
  }
}
