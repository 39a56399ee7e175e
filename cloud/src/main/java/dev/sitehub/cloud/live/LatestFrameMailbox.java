package dev.sitehub.cloud.live;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A viewer's queue of capacity one: at most one frame in flight and one waiting, and a newer frame
 * replaces the waiting one. A slow viewer therefore drops frames instead of slowing the publisher
 * or growing memory.
 */
final class LatestFrameMailbox {
  private final FrameSink sink;
  private final AtomicReference<byte[]> waiting = new AtomicReference<>();
  private final AtomicBoolean sending = new AtomicBoolean();
  private final LongAdder delivered = new LongAdder();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder failed = new LongAdder();

  LatestFrameMailbox(FrameSink sink) {
    this.sink = sink;
  }

  /** Never blocks: hands the frame over, or parks it replacing an older waiting frame. */
  void offer(byte[] jpeg) {
    if (waiting.getAndSet(jpeg) != null) {
      dropped.increment();
    }
    drain();
  }

  private void drain() {
    while (sending.compareAndSet(false, true)) {
      byte[] next = waiting.getAndSet(null);
      if (next == null) {
        sending.set(false);
        // A frame offered between the take and the release would otherwise wait for the next one.
        if (waiting.get() == null) {
          return;
        }
        continue;
      }
      CompletionStage<Void> written;
      try {
        written = sink.send(next);
      } catch (RuntimeException e) {
        failed.increment();
        sending.set(false);
        return;
      }
      written.whenComplete(
          (ok, error) -> {
            if (error == null) {
              delivered.increment();
            } else {
              failed.increment();
            }
            sending.set(false);
            drain();
          });
      return;
    }
  }

  long delivered() {
    return delivered.sum();
  }

  long dropped() {
    return dropped.sum();
  }

  long failed() {
    return failed.sum();
  }
}
