package dev.sitehub.cloud.alerts;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether a webhook URL may be called: http(s) with a host, and, unless private targets are
 * allowed, a host whose every address is public. This keeps a site's webhook setting from turning
 * the cloud into a proxy onto its own network (loopback, RFC 1918, link-local cloud metadata,
 * carrier-grade NAT, IPv6 unique-local).
 */
public final class WebhookTargets {
  /** Resolves host names; replaced in tests so no DNS is needed. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean allowPrivate;
  private final Resolver resolver;

  public WebhookTargets(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public static WebhookTargets of(AlertsConfig.Webhook config) {
    return new WebhookTargets(config.allowPrivateTargets(), InetAddress::getAllByName);
  }

  /**
   * A delivery's target: the URL and the one address its host resolved to when it was vetted. The
   * sender connects to {@link #address()} and never resolves the host again, so a DNS answer that
   * changes between the check and the connection (DNS rebinding) cannot move the request onto an
   * internal address. Null {@code uri}/{@code address} with a {@code refusal} when refused.
   */
  public record Vetted(URI uri, InetAddress address, String refusal) {
    static Vetted refused(String why) {
      return new Vetted(null, null, why);
    }

    public boolean cleared() {
      return refusal == null;
    }

    /** The URL's port, or the scheme's default. */
    public int port() {
      return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
  }

  /** Empty when the URL may be called, else why not, in words fit for an API error. */
  public Optional<String> refusal(String url) {
    Optional<String> malformed = malformed(url);
    if (malformed.isPresent() || allowPrivate) {
      return malformed;
    }
    return Optional.ofNullable(vet(url).refusal());
  }

  /**
   * Resolves the host once, checks every address it has (unless private targets are allowed) and
   * returns the address to connect to. Used at delivery time.
   */
  public Vetted vet(String url) {
    Optional<String> malformed = malformed(url);
    if (malformed.isPresent()) {
      return Vetted.refused(malformed.get());
    }
    URI uri = URI.create(url);
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses =
          resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return Vetted.refused("webhook host " + host + " does not resolve");
    }
    if (addresses.length == 0) {
      return Vetted.refused("webhook host " + host + " does not resolve");
    }
    if (!allowPrivate) {
      for (InetAddress a : addresses) {
        if (internal(a)) {
          return Vetted.refused("webhook host " + host + " is an internal address");
        }
      }
    }
    return new Vetted(uri, addresses[0], null);
  }

  private static Optional<String> malformed(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return Optional.of("webhookUrl is not a URI");
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      return Optional.of("webhookUrl must be http(s)");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("webhookUrl has no host");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("webhookUrl must not carry credentials; the signature authenticates");
    }
    return Optional.empty();
  }

  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 100.64.0.0/10 carrier-grade NAT, 0.0.0.0/8, 192.0.0.0/24 protocol assignments.
      return (first == 100 && second >= 64 && second < 128)
          || first == 0
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0);
    }
    if (a instanceof Inet6Address) {
      // fc00::/7 unique-local; ::ffff:a.b.c.d is judged by its IPv4 address.
      if ((b[0] & 0xfe) == 0xfc) {
        return true;
      }
      boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
      for (int i = 0; i < 10 && mapped; i++) {
        mapped = b[i] == 0;
      }
      if (mapped) {
        try {
          return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }
}
