package dev.sitehub.cloud.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and refuses further attempts once {@code maxFailures} occur
 * within the window, so password guessing is slowed to a few tries per window per account.
 */
@ApplicationScoped
public class LoginThrottle {
  /** Upper bound on tracked names, so a flood of random usernames cannot grow the heap. */
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;

  public LoginThrottle(AuthConfig config, Clock clock) {
    this.clock = clock;
    this.maxFailures = config.maxFailures();
    this.window = config.failureWindow();
  }

  /** Seconds until the name may try again, or 0 when it is not throttled. */
  public long retryAfterSeconds(String username) {
    Deque<Instant> d = failures.get(key(username));
    if (d == null) {
      return 0;
    }
    synchronized (d) {
      prune(d);
      if (d.size() < maxFailures) {
        return 0;
      }
      Instant until = d.peekFirst().plus(window);
      return Math.max(1, Duration.between(clock.instant(), until).toSeconds());
    }
  }

  public void recordFailure(String username) {
    if (failures.size() >= MAX_TRACKED) {
      failures.clear();
    }
    Deque<Instant> d = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    synchronized (d) {
      prune(d);
      d.addLast(clock.instant());
    }
  }

  public void recordSuccess(String username) {
    failures.remove(key(username));
  }

  private void prune(Deque<Instant> d) {
    Instant cutoff = clock.instant().minus(window);
    while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) {
      d.removeFirst();
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.toLowerCase(Locale.ROOT);
  }
}
