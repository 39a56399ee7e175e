package dev.sitehub.cloud.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Shared pieces of the alert tests: unique ids and a real websocket client of the alert feed. */
public final class AlertTestSupport {
  private AlertTestSupport() {}

  public static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
  }

  /** A websocket client of the alert feed that keeps every text message it receives. */
  public static final class FeedClient implements AutoCloseable {
    public final List<String> messages = new CopyOnWriteArrayList<>();
    public final List<Long> receivedNanos = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    public FeedClient(URI httpBase, String token) throws Exception {
      URI ws = URI.create(httpBase.toString().replaceFirst("^http", "ws") + "ws/alerts");
      this.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .header("Authorization", "Bearer " + token)
              .buildAsync(ws, new Listener())
              .get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).join();
    }

    private final class Listener implements WebSocket.Listener {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          receivedNanos.add(System.nanoTime());
          messages.add(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }
  }
}
