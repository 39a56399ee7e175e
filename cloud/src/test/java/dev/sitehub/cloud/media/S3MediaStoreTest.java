package dev.sitehub.cloud.media;

import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The S3 store against a real MinIO; skipped without Docker. Its twin that runs everywhere is
 * {@link FileSystemMediaStoreTest}.
 */
@Testcontainers(disabledWithoutDocker = true)
class S3MediaStoreTest extends MediaStoreContract {
  private static final String USER = "sitehub-test";
  private static final String PASSWORD = "sitehub-test-secret";

  @Container
  static final GenericContainer<?> MINIO =
      new GenericContainer<>("minio/minio:RELEASE.2025-04-22T22-12-26Z")
          .withCommand("server", "/data")
          .withEnv("MINIO_ROOT_USER", USER)
          .withEnv("MINIO_ROOT_PASSWORD", PASSWORD)
          .withExposedPorts(9000)
          .waitingFor(Wait.forHttp("/minio/health/live").forPort(9000));

  private static S3MediaStore s3;

  @BeforeAll
  static void bucket() throws Exception {
    s3 =
        new S3MediaStore(
            URI.create("http://" + MINIO.getHost() + ":" + MINIO.getMappedPort(9000)),
            "media",
            new S3Signer(USER, PASSWORD, "us-east-1", Clock.systemUTC()));
    s3.createBucketIfMissing();
  }

  @Override
  MediaStore store() {
    return s3;
  }
}
