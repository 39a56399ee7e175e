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
 * accounts). Password reset requests are counted the same way under their own scopes and limits, so
 * asking for links never locks anyone out of signing in. The address is the request's remote
 * address, which Quarkus takes from {@code X-Forwarded-For} only when the connection comes from a
 * trusted proxy.
 */
@ApplicationScoped
class LoginThrottle {
  private static final Duration DB_WAIT = Duration.ofSeconds(5);
  private static final String ACCOUNT = "account";

  private static final String COUNT =
      "SELECT scope, count(*) AS n, min(failed_at) AS oldest FROM login_failure"
          + " WHERE failed_at > $3 AND ((scope = $4 AND subject = $1)"
          + " OR (scope = $5 AND subject = $2)) GROUP BY scope";

  /** What is counted: under which scopes, how many per account and per address, over how long. */
  private record Limit(
      String accountScope, String addressScope, int perAccount, int perAddress, Duration window) {}

  private final Pool pool;
  private final Instance<CurrentVertxRequest> request;
  private final Clock clock;
  private final Limit signIn;
  private final Limit reset;
  private final Set<String> exemptAddresses;

  public LoginThrottle(
      Pool pool, Instance<CurrentVertxRequest> request, AuthConfig config, Clock clock) {
    this.pool = pool;
    this.request = request;
    this.clock = clock;
    this.signIn =
        new Limit(
            ACCOUNT,
            "address",
            config.maxFailures(),
            config.maxFailuresPerAddress(),
            config.failureWindow());
    this.reset =
        new Limit(
            "reset-account",
            "reset-address",
            config.reset().maxRequests(),
            config.reset().maxRequestsPerAddress(),
            config.reset().requestWindow());
    this.exemptAddresses = Set.copyOf(config.throttleExemptAddresses());
  }

  /** Seconds until this account, from this request's address, may try again; 0 when it may now. */
  public long retryAfterSeconds(String username) {
    return retryAfterSeconds(signIn, username);
  }

  public void recordFailure(String username) {
    record(signIn, username);
  }

  /** Seconds until a reset link may be asked for this typed account from this address; 0: now. */
  long resetRetryAfterSeconds(String account) {
    return retryAfterSeconds(reset, account);
  }

  /** Counts a reset request, whether or not the typed account exists. */
  void recordResetRequest(String account) {
    record(reset, account);
  }

  private long retryAfterSeconds(Limit limit, String account) {
    Instant now = clock.instant();
    String address = clientAddress();
    Instant until = null;
    for (Row r :
        pool.preparedQuery(COUNT)
            .execute(
                Tuple.of(
                    subject(limit.accountScope(), account),
                    address == null ? "" : subject(limit.addressScope(), address),
                    now.minus(limit.window()).atOffset(ZoneOffset.UTC),
                    limit.accountScope(),
                    limit.addressScope()))
            .await()
            .atMost(DB_WAIT)) {
      boolean byAccount = limit.accountScope().equals(r.getString("scope"));
      if (r.getLong("n") >= (byAccount ? limit.perAccount() : limit.perAddress())) {
        Instant free = r.getOffsetDateTime("oldest").toInstant().plus(limit.window());
        until = until == null || free.isAfter(until) ? free : until;
      }
    }
    return until == null ? 0 : Math.max(1, Duration.between(now, until).toSeconds());
  }

  private void record(Limit limit, String account) {
    var at = clock.instant().atOffset(ZoneOffset.UTC);
    String address = clientAddress();
    List<Tuple> rows = new ArrayList<>(2);
    rows.add(Tuple.of(limit.accountScope(), subject(limit.accountScope(), account), at));
    if (address != null) {
      rows.add(Tuple.of(limit.addressScope(), subject(limit.addressScope(), address), at));
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
    Instant now = clock.instant();
    pool.preparedQuery(
            "DELETE FROM login_failure WHERE (scope = ANY($1) AND failed_at < $2)"
                + " OR (scope = ANY($3) AND failed_at < $4)")
        .execute(
            Tuple.of(
                new String[] {signIn.accountScope(), signIn.addressScope()},
                now.minus(signIn.window()).atOffset(ZoneOffset.UTC),
                new String[] {reset.accountScope(), reset.addressScope()},
                now.minus(reset.window()).atOffset(ZoneOffset.UTC)))
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
