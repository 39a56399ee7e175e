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

  public AuthOutcome check(String clientId, String username, String password) {
    if (!Topics.isValidId(clientId)) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id is not a valid id");
    }
    if (username == null || password == null || password.isEmpty()) {
      return refuse(Refusal.BAD_CREDENTIALS, "missing username or password");
    }
    try {
      if (MqttUsers.PROVISION.equals(username)) {
        return provisioner(clientId, password);
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

  private AuthOutcome provisioner(String clientId, String claimCode) {
    // A provisioner taking a registered id would kick that device off through session takeover.
    if (clientId.equals(cloudUsername) || principals.find(clientId).isPresent()) {
      return refuse(Refusal.CLIENT_ID_NOT_VALID, "client id belongs to a registered principal");
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
