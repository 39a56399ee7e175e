package dev.sitehub.cloud.notifications;

import dev.sitehub.cloud.alerts.WebhookTargets;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one webhook to the address its URL was vetted for ({@link WebhookTargets.Vetted}). The
 * connection goes to that address ({@link RequestOptions#setServer}); the URL's host is still what
 * the request says in {@code Host} and, over TLS, in SNI and the certificate check. So the host is
 * resolved exactly once, by the vetting, and a DNS answer that changes afterwards cannot redirect
 * the request (the JDK's HttpClient has no way to connect to a given address for a host name).
 */
final class WebhookSender implements AutoCloseable {
  private final HttpClient client;
  private final Duration timeout;

  WebhookSender(Vertx vertx, Duration timeout) {
    this.timeout = timeout;
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true)
                .setKeepAlive(false));
  }

  /** Sends and returns the HTTP status; throws IOException on a network failure or timeout. */
  int post(WebhookTargets.Vetted target, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    if (!target.cleared()) {
      throw new IllegalArgumentException("target was refused: " + target.refusal());
    }
    URI uri = target.uri();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setHost(uri.getHost().replace("[", "").replace("]", ""))
            .setPort(target.port())
            .setSsl("https".equals(uri.getScheme()))
            .setURI(path)
            .setServer(
                SocketAddress.inetSocketAddress(
                    new InetSocketAddress(target.address(), target.port())))
            .setTimeout(timeout.toMillis());
    headers.forEach(options::putHeader);
    try {
      return client
          .request(options)
          .compose(request -> request.send(Buffer.buffer(body)))
          .compose(response -> response.body().map(ignored -> response.statusCode()))
          .toCompletionStage()
          .toCompletableFuture()
          .get(timeout.toMillis() * 2 + 1_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IOException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
    } catch (TimeoutException e) {
      throw new IOException("no answer within " + timeout, e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
