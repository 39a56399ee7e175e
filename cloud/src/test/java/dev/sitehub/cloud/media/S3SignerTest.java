package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verifies the Signature V4 code against AWS's published "GET Object" example (Amazon S3 API
 * reference, header-based auth), so the S3 store is checked here even without a MinIO container.
 */
class S3SignerTest {
  private static final Instant WHEN = Instant.parse("2013-05-24T00:00:00Z");
  private final S3Signer signer =
      new S3Signer(
          "AKIAIOSFODNN7EXAMPLE",
          "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "us-east-1",
          Clock.fixed(WHEN, ZoneOffset.UTC));

  @Test
  void authorization_awsGetObjectExample_matchesPublishedSignature() {
    String auth =
        signer.authorization(
            "GET",
            URI.create("https://examplebucket.s3.amazonaws.com/test.txt"),
            S3Signer.EMPTY_SHA256,
            S3Signer.STAMP.format(WHEN),
            Map.of("Range", "bytes=0-9"));

    assertThat(auth)
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + " SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + " Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
  }

  @Test
  void host_defaultPortOmitted_otherPortKept() {
    assertThat(S3Signer.host(URI.create("http://minio:80/b/k"))).isEqualTo("minio");
    assertThat(S3Signer.host(URI.create("https://s3.example.com/b/k"))).isEqualTo("s3.example.com");
    assertThat(S3Signer.host(URI.create("http://127.0.0.1:9000/b/k"))).isEqualTo("127.0.0.1:9000");
  }
}
