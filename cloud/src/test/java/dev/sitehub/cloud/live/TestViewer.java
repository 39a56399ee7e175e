package dev.sitehub.cloud.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A browser stand-in: a JDK websocket client that records text and binary messages with their
 * arrival time. A "slow" viewer asks for one message and then stops reading, like a stalled phone.
 */
final class TestViewer implements WebSocket.Listener {
  /** A binary message and when its last byte arrived (System.nanoTime). */
  record Received(byte[] bytes, long nanos) {}

  private final boolean slow;
  final List<String> texts = new CopyOnWriteArrayList<>();
  final List<Received> binaries = new CopyOnWriteArrayList<>();
  private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
  private WebSocket socket;

  private TestViewer(boolean slow) {
    this.slow = slow;
  }

  static TestViewer connect(URI uri, boolean slow) throws Exception {
    TestViewer v = new TestViewer(slow);
    v.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(uri, v)
            .get(10, TimeUnit.SECONDS);
    return v;
  }

  /** Connects and returns the failure, for refused upgrades. */
  static CompletableFuture<WebSocket> attempt(URI uri) {
    return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new TestViewer(false));
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    texts.add(data.toString());
    if (!slow) {
      webSocket.request(1);
    }
    return null;
  }

  @Override
  public synchronized CompletionStage<?> onBinary(
      WebSocket webSocket, ByteBuffer data, boolean last) {
    byte[] chunk = new byte[data.remaining()];
    data.get(chunk);
    partial.writeBytes(chunk);
    if (last) {
      binaries.add(new Received(partial.toByteArray(), System.nanoTime()));
      partial.reset();
    }
    if (!slow) {
      webSocket.request(1);
    }
    return null;
  }

  void close() {
    socket
        .sendClose(WebSocket.NORMAL_CLOSURE, "bye")
        .orTimeout(5, TimeUnit.SECONDS)
        .exceptionally(e -> null)
        .join();
    socket.abort();
  }
}
