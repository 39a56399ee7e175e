package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The S3 store, through the AWS SDK, against S3Proxy running in this JVM: a real S3 protocol server
 * (signature checks, ranges, 404s), so the contract runs on every machine.
 */
class S3MediaStoreTest extends MediaStoreContract {
  private static S3Server server;
  private static S3MediaStore s3;

  @BeforeAll
  static void start() throws Exception {
    server = S3Server.start();
    s3 = server.store("media");
  }

  @AfterAll
  static void stop() throws Exception {
    if (s3 != null) {
      s3.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Override
  MediaStore store() {
    return s3;
  }

  /** Verifies that a wrong secret is refused by the server, so the SDK really signs. */
  @Test
  void open_wrongSecret_failsWithIoException() throws Exception {
    String key = "snapshots/" + TestFrames.uniqueId("s") + "/signed.jpg";
    s3.put(key, new byte[] {1, 2}, "image/jpeg");
    try (S3MediaStore forged =
        S3MediaStore.from(
            S3Server.config(server.endpoint(), "media", S3Server.ACCESS_KEY, "not-the-secret"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> forged.open(key))
          .isInstanceOf(java.io.IOException.class);
    }
    try (InputStream in = s3.open(key).orElseThrow()) {
      assertThat(in.readAllBytes()).containsExactly(1, 2);
    }
  }
}
