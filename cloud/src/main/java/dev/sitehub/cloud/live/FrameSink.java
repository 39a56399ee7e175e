package dev.sitehub.cloud.live;

import java.util.concurrent.CompletionStage;

/** Where one viewer's frames go (a websocket); the stage completes when the frame is written. */
@FunctionalInterface
public interface FrameSink {
  CompletionStage<Void> send(byte[] jpeg);
}
