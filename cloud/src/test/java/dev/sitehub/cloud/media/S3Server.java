package dev.sitehub.cloud.media;

import static org.awaitility.Awaitility.await;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3 server inside the test JVM: S3Proxy over jclouds' in-memory ("transient") blob store,
 * on a free port of 127.0.0.1, checking AWS signatures against one test key pair.
 */
public final class S3Server implements AutoCloseable {
  public static final String ACCESS_KEY = "sitehub-test";
  public static final String SECRET_KEY = "sitehub-test-secret-0123456789";

  private final S3Proxy proxy;
  private final BlobStoreContext blobs;

  private S3Server(S3Proxy proxy, BlobStoreContext blobs) {
    this.proxy = proxy;
    this.blobs = blobs;
  }

  public static S3Server start() throws Exception {
    BlobStoreContext blobs =
        ContextBuilder.newBuilder("transient")
            .overrides(new Properties())
            .build(BlobStoreContext.class);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    // Bounded: a proxy that never starts fails the test instead of hanging the build.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> "STARTED".equals(proxy.getState()));
    return new S3Server(proxy, blobs);
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  /** A store on {@code bucket}, created here if missing, signed with the test key pair. */
  public S3MediaStore store(String bucket) throws Exception {
    S3MediaStore s = S3MediaStore.from(config(endpoint(), bucket, ACCESS_KEY, SECRET_KEY));
    s.createBucketIfMissing();
    return s;
  }

  /** The S3 settings for a server, as an operator would write them. */
  static MediaConfig.S3 config(String endpoint, String bucket, String access, String secret) {
    return new SmallRyeConfigBuilder()
        .withMapping(MediaConfig.class)
        // Quarkus's own converter, so "5s" reads as it does in application.properties.
        .withConverter(java.time.Duration.class, 100, new DurationConverter())
        .withSources(
            new io.smallrye.config.PropertiesConfigSource(
                Map.of(
                    "sitehub.media.s3.endpoint", endpoint,
                    "sitehub.media.s3.bucket", bucket,
                    "sitehub.media.s3.access-key", access,
                    "sitehub.media.s3.secret-key", secret),
                "test",
                500))
        .build()
        .getConfigMapping(MediaConfig.class)
        .s3();
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
    blobs.close();
  }
}
