package dev.sitehub.protocol;

import java.time.Duration;

/**
 * Size and time limits applied when decoding. Defaults are in {@link #defaults()}; every one can be
 * overridden by the edge agent's, the broker's and the cloud's configuration.
 *
 * @param maxJsonBytes largest JSON payload accepted on any topic (default 262,144 bytes)
 * @param maxReadingsPerBatch most readings in one telemetry batch (default 500)
 * @param maxFrameBytes largest JPEG frame payload (default 1,048,576 bytes)
 * @param maxFutureSkew how far ahead of the receiver's clock a timestamp may be (default 5 min)
 * @param maxPastAge how old a timestamp may be, which bounds outbox replay (default 30 days)
 * @param maxMapEntries most entries in a free-form detail or property map (default 32)
 * @param maxTextLength longest free-form text field (default 1,024 characters)
 */
public record ProtocolLimits(
    int maxJsonBytes,
    int maxReadingsPerBatch,
    int maxFrameBytes,
    Duration maxFutureSkew,
    Duration maxPastAge,
    int maxMapEntries,
    int maxTextLength) {

  public static final int DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

  public static ProtocolLimits defaults() {
    return new ProtocolLimits(
        256 * 1024,
        500,
        DEFAULT_MAX_FRAME_BYTES,
        Duration.ofMinutes(5),
        Duration.ofDays(30),
        32,
        1024);
  }

  public ProtocolLimits withMaxFrameBytes(int bytes) {
    return new ProtocolLimits(
        maxJsonBytes,
        maxReadingsPerBatch,
        bytes,
        maxFutureSkew,
        maxPastAge,
        maxMapEntries,
        maxTextLength);
  }

  public ProtocolLimits withMaxReadingsPerBatch(int readings) {
    return new ProtocolLimits(
        maxJsonBytes,
        readings,
        maxFrameBytes,
        maxFutureSkew,
        maxPastAge,
        maxMapEntries,
        maxTextLength);
  }
}
