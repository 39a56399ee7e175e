package dev.sitehub.cloud.accounts;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts failed sign-ins per account and per client address in the database, so every instance sees
 * the same counts and a restart forgets nothing. An account is refused after {@code maxFailures}
 * within the window, an address after {@code maxFailuresPerAddress} (it may guess at many
 * accounts). The address is the request's remote address, which Quarkus takes from {@code
 * X-Forwarded-For} only when the connection comes from a trusted proxy.
 */
@ApplicationScoped
class LoginThrottle {
  private static final Duration DB_WAIT = Duration.ofSeconds(5);
  private static final String ACCOUNT = "account";
  private static final String ADDRESS = "address";

  private static final String COUNT =
      "SELECT scope, count(*) AS n, min(failed_at) AS oldest FROM login_failure"
          + " WHERE failed_at > $3 AND ((scope = 'account' AND subject = $1)"
          + " OR (scope = 'address' AND subject = $2)) GROUP BY scope";

  private final Pool pool;
  private final Instance<CurrentVertxRequest> request;
  private final Clock clock;
  private final int maxFailures;
  private final int maxFailuresPerAddress;
  private final Duration window;
  private final Set<String> exemptAddresses;

  public LoginThrottle(
      Pool pool, Instance<CurrentVertxRequest> request, AuthConfig config, Clock clock) {
    this.pool = pool;
    this.request = request;
    this.clock = clock;
    this.maxFailures = config.maxFailures();
    this.maxFailuresPerAddress = config.maxFailuresPerAddress();
    this.window = config.failureWindow();
    this.exemptAddresses = Set.copyOf(config.throttleExemptAddresses());
  }

  /** Seconds until this account, from this request's address, may try again; 0 when it may now. */
  public long retryAfterSeconds(String username) {
    Instant now = clock.instant();
    String address = clientAddress();
    Instant until = null;
    for (Row r :
        pool.preparedQuery(COUNT)
            .execute(
                Tuple.of(
                    subject(ACCOUNT, username),
                    address == null ? "" : subject(ADDRESS, address),
                    now.minus(window).atOffset(ZoneOffset.UTC)))
            .await()
            .atMost(DB_WAIT)) {
      int limit = ACCOUNT.equals(r.getString("scope")) ? maxFailures : maxFailuresPerAddress;
      if (r.getLong("n") >= limit) {
        Instant free = r.getOffsetDateTime("oldest").toInstant().plus(window);
        until = until == null || free.isAfter(until) ? free : until;
      }
    }
    return until == null ? 0 : Math.max(1, Duration.between(now, until).toSeconds());
  }

  public void recordFailure(String username) {
    var at = clock.instant().atOffset(ZoneOffset.UTC);
    String address = clientAddress();
    List<Tuple> rows = new ArrayList<>(2);
    rows.add(Tuple.of(ACCOUNT, subject(ACCOUNT, username), at));
    if (address != null) {
      rows.add(Tuple.of(ADDRESS, subject(ADDRESS, address), at));
    }
    pool.preparedQuery("INSERT INTO login_failure (scope, subject, failed_at) VALUES ($1, $2, $3)")
        .executeBatch(rows)
        .await()
        .atMost(DB_WAIT);
  }

  /** A right password clears the account's count; the address keeps its count. */
  public void recordSuccess(String username) {
    pool.preparedQuery("DELETE FROM login_failure WHERE scope = 'account' AND subject = $1")
        .execute(Tuple.of(subject(ACCOUNT, username)))
        .await()
        .atMost(DB_WAIT);
  }

  @Scheduled(every = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void forgetOld() {
    pool.preparedQuery("DELETE FROM login_failure WHERE failed_at < $1")
        .execute(Tuple.of(clock.instant().minus(window).atOffset(ZoneOffset.UTC)))
        .await()
        .atMost(DB_WAIT);
  }

  /** The calling request's client address, or null outside a request or for exempt addresses. */
  private String clientAddress() {
    try {
      RoutingContext rc = request.get().getCurrent();
      SocketAddress remote = rc == null ? null : rc.request().remoteAddress();
      String host = remote == null ? null : remote.hostAddress();
      return host == null || exemptAddresses.contains(host) ? null : host;
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }

  static String subject(String scope, String value) {
    String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((scope + ":" + v).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
