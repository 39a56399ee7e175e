package dev.sitehub.cloud.media;

import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The S3 store against a real MinIO, where Docker exists; its twin that runs everywhere is {@link
 * S3MediaStoreTest} (S3Proxy inside the test JVM).
 */
@Testcontainers(disabledWithoutDocker = true)
class S3MediaStoreMinioTest extends MediaStoreContract {
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
        S3MediaStore.from(
            S3Server.config(
                "http://" + MINIO.getHost() + ":" + MINIO.getMappedPort(9000),
                "media",
                USER,
                PASSWORD));
    s3.createBucketIfMissing();
  }

  @Override
  MediaStore store() {
    return s3;
  }
}
