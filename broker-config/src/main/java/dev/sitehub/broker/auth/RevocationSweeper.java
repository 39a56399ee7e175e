package dev.sitehub.broker.auth;

import com.hivemq.extension.sdk.api.packets.disconnect.DisconnectReasonCode;
import com.hivemq.extension.sdk.api.services.session.ClientService;
import dev.sitehub.broker.auth.ConnectedPrincipals.Admission;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every revocation interval: disconnects connected principals whose row is revoked or gone,
 * and forgets clients that are no longer connected.
 */
public final class RevocationSweeper implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(RevocationSweeper.class);

  private final ConnectedPrincipals connected;
  private final PrincipalStore store;
  private final PrincipalCache cache;
  private final VerifiedSecrets secrets;
  private final ClientService clients;

  public RevocationSweeper(
      ConnectedPrincipals connected,
      PrincipalStore store,
      PrincipalCache cache,
      VerifiedSecrets secrets,
      ClientService clients) {
    this.connected = connected;
    this.store = store;
    this.cache = cache;
    this.secrets = secrets;
    this.clients = clients;
  }

  @Override
  public void run() {
    try {
      sweep();
    } catch (RuntimeException e) {
      // A scheduled task that throws is never run again; log and keep the schedule alive.
      LOG.warn("revocation sweep failed: {}", e.toString());
    }
  }

  private void sweep() {
    cache.evictExpired();
    secrets.evictExpired();
    List<Admission> admissions = connected.snapshot();
    if (admissions.isEmpty()) {
      return;
    }
    Set<String> ids =
        admissions.stream().map(a -> a.identity().principalId()).collect(Collectors.toSet());
    Set<String> active = store.active(ids);
    for (Admission a : admissions) {
      String clientId = a.identity().clientId();
      if (!active.contains(a.identity().principalId())) {
        cache.invalidate(a.identity().principalId());
        connected.remove(a);
        LOG.info(
            "disconnecting revoked principal={} client={}", a.identity().principalId(), clientId);
        clients.disconnectClient(clientId, false, DisconnectReasonCode.NOT_AUTHORIZED, "revoked");
      } else {
        clients
            .isClientConnected(clientId)
            .thenAccept(
                isConnected -> {
                  if (!isConnected) {
                    connected.remove(a);
                  }
                });
      }
    }
  }
}
