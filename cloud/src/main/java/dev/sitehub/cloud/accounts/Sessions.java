package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.UnitOfWork;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Server-side sessions. A token names its session; {@link #check} says on every request whether the
 * session is still open and what roles its person holds now, so that signing out (on any instance),
 * disabling an account or changing roles takes effect within {@link #RECHECK} without waiting for
 * the token to expire. The check runs on the request's event loop through the reactive client, with
 * one small query per session per {@link #RECHECK}.
 */
@ApplicationScoped
public class Sessions {
  private static final Logger LOG = Logger.getLogger(Sessions.class);

  /** How long an answer is reused: the longest a revocation on another instance takes to bite. */
  static final Duration RECHECK = Duration.ofSeconds(2);

  private static final String CHECK =
      "SELECT s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL AS open,"
          + " s.user_id,"
          + " array_remove(array_agg(r.role), NULL) AS roles"
          + " FROM auth_session s JOIN app_user u ON u.user_id = s.user_id"
          + " LEFT JOIN user_role r ON r.user_id = s.user_id"
          + " WHERE s.session_id = $1"
          + " GROUP BY s.revoked_at, s.expires_at, u.disabled_at, s.user_id";

  private final AuthSessionRepository sessions;
  private final UnitOfWork work;
  private final Pool pool;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Cached> recent = new ConcurrentHashMap<>();

  Sessions(AuthSessionRepository sessions, UnitOfWork work, Pool pool, Clock clock) {
    this.sessions = sessions;
    this.work = work;
    this.pool = pool;
    this.clock = clock;
  }

  /** What a session check found: the person and the roles they hold now. */
  public record Active(String userId, Set<Role> roles) {}

  private record Cached(Optional<Active> answer, long atNanos) {}

  /** The session a signed-in caller's token names, or null for an anonymous request. */
  public static String idOf(JsonWebToken caller) {
    return caller == null || caller.getSubject() == null
        ? null
        : caller.getClaim(SessionAugmentor.SESSION_CLAIM);
  }

  /** Opens a session for the user until {@code expiresAt}; returns its id for the token. */
  public String open(String userId, Instant expiresAt) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String id = "ses-" + HexFormat.of().formatHex(bytes);
    work.write(() -> sessions.open(new AuthSession(id, userId, clock.instant(), expiresAt)));
    return id;
  }

  /** Ends one session (sign-out). */
  public void revoke(String sessionId, String why) {
    if (sessionId == null) {
      return;
    }
    int n = work.write(() -> sessions.revoke(sessionId, why, clock.instant()));
    recent.remove(sessionId);
    LOG.infof("session revoked id=%s why=%s revoked=%d", sessionId, why, n);
  }

  /** Ends every session of the user (password change or reset, disabling, a security event). */
  public int revokeAll(String userId, String why) {
    int n = work.write(() -> sessions.revokeAllOf(userId, why, clock.instant()));
    recent.values().removeIf(c -> c.answer().map(a -> a.userId().equals(userId)).orElse(false));
    LOG.infof("sessions revoked user=%s why=%s revoked=%d", userId, why, n);
    return n;
  }

  /**
   * Ends every session of the user but {@code keep}, the one that asked (a password change signs
   * out the other devices, not the one in hand); with no session to keep, ends them all.
   */
  public int revokeAllBut(String userId, String keep, String why) {
    if (keep == null) {
      return revokeAll(userId, why);
    }
    int n = work.write(() -> sessions.revokeAllOfBut(userId, keep, why, clock.instant()));
    recent
        .entrySet()
        .removeIf(
            e ->
                !e.getKey().equals(keep)
                    && e.getValue().answer().map(a -> a.userId().equals(userId)).orElse(false));
    LOG.infof("sessions revoked user=%s why=%s revoked=%d kept=%s", userId, why, n, keep);
    return n;
  }

  /** The session's person and current roles if it is open; empty if revoked, expired or unknown. */
  public Uni<Optional<Active>> check(String sessionId) {
    long now = System.nanoTime();
    Cached c = recent.get(sessionId);
    if (c != null && now - c.atNanos() < RECHECK.toNanos()) {
      return Uni.createFrom().item(c.answer());
    }
    return pool.preparedQuery(CHECK)
        .execute(Tuple.of(sessionId))
        .map(Sessions::answer)
        .invoke(
            a -> {
              if (recent.size() > 100_000) {
                recent.clear();
              }
              recent.put(sessionId, new Cached(a, now));
            });
  }

  private static Optional<Active> answer(RowSet<Row> rows) {
    var it = rows.iterator();
    if (!it.hasNext()) {
      return Optional.empty();
    }
    Row r = it.next();
    if (!Boolean.TRUE.equals(r.getBoolean("open"))) {
      return Optional.empty();
    }
    String[] names = r.getArrayOfStrings("roles");
    Set<Role> roles =
        Stream.of(names == null ? new String[0] : names)
            .map(Role::valueOf)
            .collect(Collectors.toUnmodifiableSet());
    return Optional.of(new Active(r.getString("user_id"), roles));
  }
}
