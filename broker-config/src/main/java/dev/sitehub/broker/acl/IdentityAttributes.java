package dev.sitehub.broker.acl;

import com.hivemq.extension.sdk.api.client.parameter.ConnectionAttributeStore;
import dev.sitehub.protocol.Principal;
import java.util.Optional;

/**
 * Carries the {@link ClientIdentity} from the authenticator to the authorizers in the connection's
 * own attribute store, so a session takeover can never mix up two connections' identities.
 */
public final class IdentityAttributes {
  private static final String PRINCIPAL = "sitehub.principal";
  private static final String ID = "sitehub.principal-id";
  private static final String SITE = "sitehub.site-id";
  private static final String CLIENT = "sitehub.client-id";

  private IdentityAttributes() {}

  public static void store(ConnectionAttributeStore store, ClientIdentity identity) {
    store.putAsString(PRINCIPAL, identity.principal().name());
    store.putAsString(ID, identity.principalId());
    store.putAsString(CLIENT, identity.clientId());
    if (identity.siteId() != null) {
      store.putAsString(SITE, identity.siteId());
    }
  }

  /** The identity, or empty when the connection was never admitted by this extension. */
  public static Optional<ClientIdentity> read(ConnectionAttributeStore store) {
    Optional<String> principal = store.getAsString(PRINCIPAL);
    Optional<String> id = store.getAsString(ID);
    Optional<String> client = store.getAsString(CLIENT);
    if (principal.isEmpty() || id.isEmpty() || client.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClientIdentity(
            Principal.valueOf(principal.get()),
            id.get(),
            store.getAsString(SITE).orElse(null),
            client.get()));
  }
}
