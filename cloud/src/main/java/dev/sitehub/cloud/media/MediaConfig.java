package dev.sitehub.cloud.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Configuration of the media archive, snapshot-now and time-lapse ({@code sitehub.media.*}). */
@ConfigMapping(prefix = "sitehub.media")
public interface MediaConfig {

  /** Which media store to use: {@code filesystem} (default) or {@code s3}. */
  @WithDefault("filesystem")
  String store();

  /** Root directory of the filesystem store. */
  @WithDefault("data/media")
  String root();

  /** The S3-compatible store, used when {@code store=s3}. */
  S3 s3();

  /** How long snapshots are kept, per reason they were taken. */
  Retention retention();

  /** How long a snapshot-now call waits for the device before answering 202 with a job to poll. */
  @WithDefault("10s")
  Duration snapshotWait();

  /** How long a device may take to answer a snapshot command before it expires. */
  @WithDefault("30s")
  Duration snapshotCommandTtl();

  /** Time-lapse rendering. */
  Timelapse timelapse();

  /** AWS S3 or an S3-compatible store (MinIO, Ceph RGW), reached through the AWS SDK v2. */
  interface S3 {
    /**
     * Endpoint override for an S3-compatible server, for example {@code http://minio:9000}; empty
     * means AWS S3's own endpoint for the region.
     */
    Optional<String> endpoint();

    /** Region that requests are signed for (and whose AWS endpoint is used without an override). */
    @WithDefault("us-east-1")
    String region();

    /** Bucket holding all media; the operator creates it, the cloud never does. */
    Optional<String> bucket();

    /**
     * Path-style URLs ({@code endpoint/bucket/key}), which MinIO and Ceph need; false for AWS's
     * virtual-hosted style ({@code bucket.endpoint/key}).
     */
    @WithDefault("true")
    boolean pathStyle();

    /**
     * Access key id, set together with secret-key; when both are empty the SDK's default chain
     * (environment, profile, instance or task role) supplies credentials.
     */
    Optional<String> accessKey();

    /** Secret access key; never logged. */
    Optional<String> secretKey();

    /** How long to wait for a TCP connection to the store. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a read from the store may stall before the call fails. */
    @WithDefault("30s")
    Duration socketTimeout();
  }

  /** Retention per frame reason; live frames are never archived. */
  interface Retention {
    /** Periodic stills (the once-a-minute idle image). */
    @WithDefault("7d")
    Duration periodic();

    /** Frames captured on motion. */
    @WithDefault("30d")
    Duration motion();

    /** Frames attached to device events (leak, smoke, tamper). */
    @WithDefault("90d")
    Duration event();

    /** Snapshot-now results. */
    @WithDefault("30d")
    Duration request();

    /** The daily still that time-lapses are made from. */
    @WithDefault("400d")
    Duration daily();

    /** How often retention runs ("off" disables, as in tests). */
    @WithDefault("1h")
    String every();

    /** Delay of the first retention run after start. */
    @WithDefault("1m")
    String delay();

    /** Most snapshots deleted per reason in one retention run. */
    @WithDefault("1000")
    int batchSize();
  }

  /** Time-lapse output. */
  interface Timelapse {
    /** Output width in pixels; frames are scaled. */
    @WithDefault("1280")
    int width();

    /** Output height in pixels. */
    @WithDefault("720")
    int height();

    /** Most frames in one time-lapse; longer ranges are sampled evenly. */
    @WithDefault("3000")
    int maxFrames();

    /**
     * An open job whose instance has not touched it for this long is failed as abandoned. Each
     * instance touches its own jobs every keep-alive period, so keep this several periods long.
     */
    @WithDefault("5m")
    Duration abandonAfter();

    /** How often an instance touches its open jobs and sweeps abandoned ones. */
    @WithDefault("1m")
    Duration keepAlive();
  }
}
