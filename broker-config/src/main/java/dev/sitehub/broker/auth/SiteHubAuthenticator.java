package dev.sitehub.broker.auth;

import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.connect.ConnectPacket;
import dev.sitehub.broker.acl.ClientIdentity;
import dev.sitehub.broker.acl.IdentityAttributes;
import dev.sitehub.broker.auth.AuthOutcome.Admitted;
import dev.sitehub.broker.auth.AuthOutcome.Refused;
import dev.sitehub.protocol.Principal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's CONNECT check: runs {@link CredentialChecker} off the network thread (PBKDF2 and
 * JDBC block), then records the admitted identity for the authorizers and the revocation sweep.
 */
public final class SiteHubAuthenticator implements SimpleAuthenticator {
  private static final Logger LOG = LoggerFactory.getLogger(SiteHubAuthenticator.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final CredentialChecker checker;
  private final ConnectedPrincipals connected;
  private final AuthFailureCounter failures;
  private final Executor executor;
  private final LoginBackoff backoff;

  public SiteHubAuthenticator(
      CredentialChecker checker,
      ConnectedPrincipals connected,
      AuthFailureCounter failures,
      Executor executor,
      LoginBackoff backoff) {
    this.backoff = backoff;
    this.checker = checker;
    this.connected = connected;
    this.failures = failures;
    this.executor = executor;
  }

  @Override
  public void onConnect(SimpleAuthInput input, SimpleAuthOutput output) {
    ConnectPacket connect = input.getConnectPacket();
    String clientId = connect.getClientId();
    String username = connect.getUserName().orElse(null);
    String password = connect.getPassword().map(SiteHubAuthenticator::text).orElse(null);
    String address =
        input
            .getConnectionInformation()
            .getInetAddress()
            .map(java.net.InetAddress::getHostAddress)
            .orElse(null);
    boolean cleanStart = connect.getCleanStart();
    long sessionExpiry = connect.getSessionExpiryInterval();
    Async<SimpleAuthOutput> async =
        output.async(
            TIMEOUT,
            TimeoutFallback.FAILURE,
            ConnackReasonCode.SERVER_UNAVAILABLE,
            "authentication timed out");
    executor.execute(
        () -> {
          try {
            decide(input, output, clientId, username, password, cleanStart, sessionExpiry, address);
          } finally {
            async.resume();
          }
        });
  }

  private void decide(
      SimpleAuthInput input,
      SimpleAuthOutput output,
      String clientId,
      String username,
      String password,
      boolean cleanStart,
      long sessionExpiry,
      String address) {
    // Before the PBKDF2 check: a blocked guesser costs the broker nothing.
    AuthOutcome outcome =
        backoff
            .blocked(username, address)
            .<AuthOutcome>map(
                wait ->
                    new Refused(
                        AuthOutcome.Refusal.BACKED_OFF,
                        "too many failed logins, retry in " + wait.toSeconds() + " s"))
            .orElseGet(
                () -> checker.check(clientId, username, password, cleanStart, sessionExpiry));
    if (outcome instanceof Refused r && r.refusal() == AuthOutcome.Refusal.BAD_CREDENTIALS) {
      backoff.failed(username, address);
    } else if (outcome instanceof Admitted) {
      backoff.succeeded(username, address);
    }
    if (outcome instanceof Admitted admitted) {
      ClientIdentity identity = admitted.identity();
      IdentityAttributes.store(
          input.getConnectionInformation().getConnectionAttributeStore(), identity);
      if (identity.principal() != Principal.PROVISIONER) {
        connected.admitted(identity);
      }
      LOG.info(
          "connect admitted client={} principal={} id={} site={}",
          clientId,
          identity.principal(),
          identity.principalId(),
          identity.siteId());
      output.authenticateSuccessfully();
      return;
    }
    Refused refused = (Refused) outcome;
    failures.count(refused.refusal());
    // Usernames may be attacker-chosen: log only ones that are valid ids.
    LOG.warn(
        "connect refused client={} reason={} detail={}",
        printable(clientId),
        refused.refusal(),
        refused.detail());
    output.failAuthentication(reasonCode(refused.refusal()), refused.detail());
  }

  static ConnackReasonCode reasonCode(AuthOutcome.Refusal refusal) {
    return switch (refusal) {
      case CLIENT_ID_NOT_VALID -> ConnackReasonCode.CLIENT_IDENTIFIER_NOT_VALID;
      case BAD_CREDENTIALS -> ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD;
      case NOT_AUTHORIZED -> ConnackReasonCode.NOT_AUTHORIZED;
      case STORE_UNAVAILABLE -> ConnackReasonCode.SERVER_UNAVAILABLE;
      case BACKED_OFF -> ConnackReasonCode.CONNECTION_RATE_EXCEEDED;
    };
  }

  private static String text(ByteBuffer buffer) {
    ByteBuffer copy = buffer.asReadOnlyBuffer();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String printable(String clientId) {
    return clientId.length() <= 64 && clientId.chars().allMatch(c -> c > 0x20 && c < 0x7f)
        ? clientId
        : "<unprintable>";
  }
}
