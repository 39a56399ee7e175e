package dev.sitehub.broker.auth;

import dev.sitehub.broker.acl.ClientIdentity;
import dev.sitehub.broker.auth.AuthOutcome.Admitted;
import dev.sitehub.broker.auth.AuthOutcome.Refusal;
import dev.sitehub.broker.auth.AuthOutcome.Refused;
import dev.sitehub.protocol.DeviceSecrets;
import dev.sitehub.protocol.MqttUsers;
import dev.sitehub.protocol.Topics;
import java.util.Optional;

/**
 * Decides who a CONNECT is from its client id, username and password: a device (username = client
 * id = device id, password = device secret), the cloud (its configured username), or a provisioner
 * (username {@link MqttUsers#PROVISION}, password = an open claim code).
 *
 * <p>Client ids are namespaced so that no principal can take over another's session (MQTT hands a
 * session to whoever connects with its client id): ids equal to the cloud's username or starting
 * with it and a dash belong to the cloud principal alone; provisioners must use the {@link
 * MqttUsers#PROVISIONER_CLIENT_PREFIX} namespace, with clean start and no session to resume or
 * leave behind; a device uses its own id. The cloud may use any other valid id except a
 * provisioner's or a registered device's.
 */
public final class CredentialChecker {
  private final PrincipalCache principals;
  private final PrincipalStore store;
  private final VerifiedSecrets secrets;
  private final String cloudUsername;

  public CredentialChecker(
      PrincipalCache principals,
      PrincipalStore store,
      VerifiedSecrets secrets,
      String cloudUsername) {
    this.principals = principals;
    this.store = store;
    this.secrets = secrets;
    this.cloudUsername = cloudUsername;
  }

  /** A CONNECT that starts clean and keeps no session (what provisioners must send). */
  public AuthOutcome check(String clientId, String username, String password) {
    return check(clientId, username, password, true, 0);
  }

  /**
   * Decides a CONNECT.
   *
   * @param cleanStart the CONNECT's Clean Start flag
   * @param sessionExpirySeconds the session expiry it asks for (0: the session ends with the
   *     connection)
   */
  public AuthOutcome check(
      String clientId,
      String username,
      String password,
      boolean cleanStart,
      long sessionExpirySeconds) {
    if (!Topics.isValidId(clientId)) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id is not a valid id");
    }
    if (username == null || password == null || password.isEmpty()) {
      return refuse(Refusal.BAD_CREDENTIALS, "missing username or password");
    }
    boolean cloudUser = cloudUsername.equals(username);
    if (!cloudUser && MqttUsers.isCloudClientId(clientId, cloudUsername)) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id is reserved for the cloud");
    }
    try {
      if (MqttUsers.PROVISION.equals(username)) {
        return provisioner(clientId, password, cleanStart, sessionExpirySeconds);
      }
      if (MqttUsers.isProvisionerClientId(clientId)) {
        return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id is reserved for provisioners");
      }
      if (!Topics.isValidId(username)) {
        return refuse(Refusal.BAD_CREDENTIALS, "username is not a valid id");
      }
      return principal(clientId, username, password);
    } catch (StoreUnavailableException e) {
      return refuse(Refusal.STORE_UNAVAILABLE, e.getMessage());
    }
  }

  private AuthOutcome principal(String clientId, String username, String password) {
    Optional<PrincipalRecord> found = principals.find(username);
    if (found.isEmpty()) {
      return refuse(Refusal.BAD_CREDENTIALS, "unknown principal");
    }
    PrincipalRecord row = found.get();
    boolean isCloud = username.equals(cloudUsername);
    if (row.cloud() != isCloud) {
      return refuse(Refusal.BAD_CREDENTIALS, "principal kind does not match the username");
    }
    if (!isCloud && !clientId.equals(username)) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id differs from the device id");
    }
    if (isCloud && !clientId.equals(username) && principals.find(clientId).isPresent()) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id belongs to a registered device");
    }
    if (!secrets.verify(username, password, row.secretHash())) {
      return refuse(Refusal.BAD_CREDENTIALS, "wrong secret");
    }
    if (row.revoked()) {
      return refuse(Refusal.NOT_AUTHORIZED, "principal is revoked");
    }
    return new Admitted(
        isCloud
            ? ClientIdentity.cloud(username, clientId)
            : ClientIdentity.device(username, row.siteId()));
  }

  private AuthOutcome provisioner(
      String clientId, String claimCode, boolean cleanStart, long sessionExpirySeconds) {
    // A provisioner taking a registered id would kick that device off through session takeover.
    if (!MqttUsers.isProvisionerClientId(clientId)) {
      return refuse(
          Refusal.CLIENT_ID_NOT_VALID,
          "a provisioner's client id must start with " + MqttUsers.PROVISIONER_CLIENT_PREFIX);
    }
    if (principals.find(clientId).isPresent()) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id belongs to a registered principal");
    }
    if (!cleanStart || sessionExpirySeconds != 0) {
      return refuse(
          Refusal.NOT_AUTHORIZED, "a provisioner connects with clean start and no session expiry");
    }
    if (!store.isClaimUsable(DeviceSecrets.claimDigest(claimCode))) {
      return refuse(Refusal.BAD_CREDENTIALS, "claim code unknown, used or expired");
    }
    return new Admitted(ClientIdentity.provisioner(clientId));
  }

  private static AuthOutcome refuse(Refusal refusal, String detail) {
    return new Refused(refusal, detail);
  }
}
