package dev.sitehub.cloud.live;

import dev.sitehub.cloud.media.MediaStore;
import dev.sitehub.cloud.media.Snapshot;
import dev.sitehub.cloud.media.Stills;
import io.netty.buffer.Unpooled;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The live-view socket. The ticket in the URL was checked by {@link LiveUpgradeCheck} before the
 * upgrade. On open the viewer gets a JSON text message ({@code type=hello}, viewer count, whether
 * the camera is live, the latest snapshot and its age), then that snapshot as a binary message,
 * then every live frame as a binary JPEG message.
 */
@WebSocket(path = LiveSocket.PATH, endpointId = LiveSocket.ENDPOINT_ID)
public class LiveSocket {
  static final String PATH = "/live/sites/{siteId}/devices/{deviceId}/cameras/{cameraId}";
  static final String ENDPOINT_ID = "sitehub-live-view";
  private static final Logger LOG = Logger.getLogger(LiveSocket.class);

  private final LiveViewers viewers;
  private final LiveTickets tickets;
  private final Stills snapshots;
  private final MediaStore store;
  private final Clock clock;

  public LiveSocket(
      LiveViewers viewers, LiveTickets tickets, Stills snapshots, MediaStore store, Clock clock) {
    this.viewers = viewers;
    this.tickets = tickets;
    this.snapshots = snapshots;
    this.store = store;
    this.clock = clock;
  }

  // Buffer.buffer(ByteBuf) is deprecated in Vert.x 4.5 (internal in 5) but is its only
  // zero-copy way to wrap bytes; Buffer.buffer(byte[]) copies.
  @SuppressWarnings("deprecation")
  @OnOpen
  void onOpen(WebSocketConnection connection) {
    CameraKey camera =
        new CameraKey(
            connection.pathParam("siteId"),
            connection.pathParam("deviceId"),
            connection.pathParam("cameraId"));
    String user =
        tickets.verify(LiveUpgradeCheck.ticketFrom(connection.handshakeRequest().query()), camera);
    Optional<Snapshot> latest =
        snapshots.latest(camera.siteId(), camera.deviceId(), camera.cameraId());
    boolean live = viewers.isStreaming(camera);
    viewers.open(
        connection.id(),
        camera,
        user,
        // Wrapped, not copied: Buffer.buffer(byte[]) copies the ~110 KB frame once per viewer,
        // 5.5 MB per frame at 50 viewers. Frames are never mutated after decoding, so every
        // viewer's write can read the one array.
        jpeg ->
            connection
                .sendBinary(Buffer.buffer(Unpooled.wrappedBuffer(jpeg)))
                .subscribeAsCompletionStage());
    connection.sendTextAndAwait(hello(camera, live, latest));
    latest.flatMap(this::read).ifPresent(connection::sendBinaryAndAwait);
  }

  @OnClose
  void onClose(WebSocketConnection connection) {
    viewers.close(connection.id());
  }

  private String hello(CameraKey camera, boolean live, Optional<Snapshot> latest) {
    String snapshot =
        latest
            .map(
                s ->
                    String.format(
                        "{\"id\":%d,\"takenAt\":\"%s\",\"ageSeconds\":%d,\"reason\":\"%s\"}",
                        s.id(),
                        s.takenAt(),
                        Duration.between(s.takenAt(), clock.instant()).toSeconds(),
                        s.reason().wireName()))
            .orElse("null");
    return String.format(
        "{\"type\":\"hello\",\"camera\":\"%s\",\"viewers\":%d,\"live\":%b,\"snapshot\":%s}",
        camera.cameraId(), viewers.viewerCount(camera), live, snapshot);
  }

  private Optional<byte[]> read(Snapshot s) {
    try {
      Optional<InputStream> in = store.open(s.storageKey());
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        return Optional.of(stream.readAllBytes());
      }
    } catch (IOException e) {
      LOG.warnf("latest snapshot unreadable id=%d: %s", s.id(), e.getMessage());
      return Optional.empty();
    }
  }
}
