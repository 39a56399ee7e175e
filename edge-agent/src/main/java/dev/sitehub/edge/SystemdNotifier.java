package dev.sitehub.edge;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Talks to systemd through the {@code systemd-notify} tool (Java 17 cannot send datagrams to a Unix
 * socket): READY=1 once, WATCHDOG=1 periodically. The unit needs {@code NotifyAccess=all}. Does
 * nothing when not started by systemd (no NOTIFY_SOCKET).
 */
public final class SystemdNotifier {
  private static final System.Logger LOG = System.getLogger(SystemdNotifier.class.getName());
  private final boolean enabled;
  private final Duration watchdogInterval;

  public SystemdNotifier(Map<String, String> env) {
    this.enabled = env.containsKey("NOTIFY_SOCKET");
    Duration wd = null;
    String usec = env.get("WATCHDOG_USEC");
    if (usec != null) {
      try {
        wd = Duration.ofNanos(Long.parseLong(usec) * 1000 / 2);
      } catch (NumberFormatException e) {
        LOG.log(Level.WARNING, "ignoring bad WATCHDOG_USEC");
      }
    }
    this.watchdogInterval = wd;
  }

  /** Half the configured watchdog period, when systemd set one. */
  public Optional<Duration> watchdogInterval() {
    return enabled ? Optional.ofNullable(watchdogInterval) : Optional.empty();
  }

  public void ready() {
    send("READY=1");
  }

  public void watchdog() {
    send("WATCHDOG=1");
  }

  private void send(String message) {
    if (!enabled) {
      return;
    }
    try {
      Process p = new ProcessBuilder("systemd-notify", message).inheritIO().start();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "systemd-notify failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
