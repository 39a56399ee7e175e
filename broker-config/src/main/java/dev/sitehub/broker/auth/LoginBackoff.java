package dev.sitehub.broker.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed-login backoff per username and per client address, decided before any PBKDF2 check, so
 * that guessing a password costs the guesser time and the broker nothing. After {@code
 * freeFailures} wrong guesses a key is refused for {@code first}, doubling with each further
 * failure up to {@code max}; a success clears the username's strikes, and strikes older than {@code
 * max} twice over are forgotten.
 *
 * <p>Neither block applies to an address that signed in as that username within {@code trust}:
 * otherwise anyone could lock the cloud (one shared username) or a device out by guessing its
 * password from elsewhere, or a box behind a site's shared NAT out by a neighbour's guessing. The
 * guesser's own address is still blocked for everyone it has not signed in as. Loopback addresses
 * are never blocked as addresses (the local stack runs every client on one host); their usernames
 * still are.
 */
public final class LoginBackoff {
  private static final int MAX_KEYS = 100_000;

  private final int freeFailures;
  private final long firstNanos;
  private final long maxNanos;
  private final long trustNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Strikes> users = new ConcurrentHashMap<>();
  private final Map<String, Strikes> addresses = new ConcurrentHashMap<>();
  private final Map<String, Long> trusted = new ConcurrentHashMap<>();

  private record Strikes(int failures, long lastNanos, long blockedUntilNanos) {}

  public LoginBackoff(
      int freeFailures, Duration first, Duration max, Duration trust, LongSupplier nanoTime) {
    this.freeFailures = freeFailures;
    this.firstNanos = first.toNanos();
    this.maxNanos = max.toNanos();
    this.trustNanos = trust.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Production defaults: 5 free failures, then 1 s doubling to 5 min; trust for 24 h. */
  public static LoginBackoff defaults() {
    return new LoginBackoff(
        5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(24), System::nanoTime);
  }

  /** How much longer this attempt must wait, if it is blocked now. */
  public Optional<Duration> blocked(String username, String address) {
    long now = nanoTime.getAsLong();
    if (username != null && isTrusted(username, address, now)) {
      return Optional.empty();
    }
    long until = 0;
    if (address != null && !isLoopback(address)) {
      until = Math.max(until, blockedUntil(addresses.get(address), now));
    }
    if (username != null) {
      until = Math.max(until, blockedUntil(users.get(username), now));
    }
    return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
  }

  /** Records a wrong guess. */
  public void failed(String username, String address) {
    long now = nanoTime.getAsLong();
    bound();
    if (address != null) {
      addresses.compute(address, (k, s) -> strike(s, now));
    }
    if (username != null) {
      users.compute(username, (k, s) -> strike(s, now));
    }
  }

  /** Records a sign-in: the username's strikes end and the address is trusted for it. */
  public void succeeded(String username, String address) {
    if (username == null) {
      return;
    }
    users.remove(username);
    if (address != null) {
      bound();
      trusted.put(username + "|" + address, nanoTime.getAsLong() + trustNanos);
    }
  }

  private static boolean isLoopback(String address) {
    return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
  }

  private boolean isTrusted(String username, String address, long now) {
    Long until = address == null ? null : trusted.get(username + "|" + address);
    return until != null && until > now;
  }

  private long blockedUntil(Strikes s, long now) {
    return s == null || forgotten(s, now) ? 0 : s.blockedUntilNanos();
  }

  private boolean forgotten(Strikes s, long now) {
    return now - s.lastNanos() > 2 * maxNanos;
  }

  private Strikes strike(Strikes s, long now) {
    int failures = s == null || forgotten(s, now) ? 1 : s.failures() + 1;
    long until = 0;
    if (failures > freeFailures) {
      int doublings = Math.min(30, failures - freeFailures - 1);
      long wait = Math.min(maxNanos, firstNanos << doublings);
      until = now + (wait < 0 ? maxNanos : wait);
    }
    return new Strikes(failures, now, until);
  }

  /** Keeps memory bounded under a flood of distinct usernames or addresses. */
  private void bound() {
    if (users.size() + addresses.size() + trusted.size() > MAX_KEYS) {
      long now = nanoTime.getAsLong();
      users.values().removeIf(s -> forgotten(s, now));
      addresses.values().removeIf(s -> forgotten(s, now));
      trusted.values().removeIf(t -> t < now);
      if (users.size() + addresses.size() > MAX_KEYS) {
        users.clear();
        addresses.clear();
      }
    }
  }
}
