package dev.sitehub.broker.auth;

import dev.sitehub.broker.acl.ClientIdentity;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The admitted device and cloud connections, by client id, which the revocation sweep re-checks.
 * Entries of clients that have gone are pruned by the sweep.
 */
public final class ConnectedPrincipals {
  /** One admission; the sequence number tells a reconnect apart from the entry it replaced. */
  public record Admission(ClientIdentity identity, long seq) {}

  private final Map<String, Admission> byClientId = new ConcurrentHashMap<>();
  private final AtomicLong seq = new AtomicLong();

  public void admitted(ClientIdentity identity) {
    byClientId.put(identity.clientId(), new Admission(identity, seq.incrementAndGet()));
  }

  /** Removes the entry only if it is still this admission, never a newer reconnect. */
  public void remove(Admission admission) {
    byClientId.remove(admission.identity().clientId(), admission);
  }

  public List<Admission> snapshot() {
    return List.copyOf(byClientId.values());
  }
}
