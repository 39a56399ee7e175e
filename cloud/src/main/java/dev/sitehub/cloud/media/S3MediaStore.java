package dev.sitehub.cloud.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A {@link MediaStore} on an S3-compatible object store (AWS S3, MinIO, Ceph RGW), using path-style
 * URLs ({@code endpoint/bucket/key}) and AWS Signature V4 computed by {@link S3Signer}, over the
 * JDK HTTP client: no SDK and its dependency tree.
 */
public final class S3MediaStore implements MediaStore {
  private final URI endpoint;
  private final String bucket;
  private final S3Signer signer;
  private final HttpClient http;

  public S3MediaStore(URI endpoint, String bucket, S3Signer signer) {
    this.endpoint = endpoint;
    this.bucket = bucket;
    this.signer = signer;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  static S3MediaStore from(MediaConfig.S3 c) {
    String missing =
        c.endpoint().isEmpty()
            ? "endpoint"
            : c.bucket().isEmpty()
                ? "bucket"
                : c.accessKey().isEmpty()
                    ? "access-key"
                    : c.secretKey().isEmpty() ? "secret-key" : null;
    if (missing != null) {
      throw new IllegalArgumentException(
          "sitehub.media.s3." + missing + " is required for store=s3");
    }
    return new S3MediaStore(
        URI.create(c.endpoint().get()),
        c.bucket().get(),
        new S3Signer(c.accessKey().get(), c.secretKey().get(), c.region(), Clock.systemUTC()));
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) throws IOException {
    HttpRequest.Builder b =
        signer.sign(
            HttpRequest.newBuilder(objectUri(key)).header("Content-Type", contentType),
            "PUT",
            objectUri(key),
            S3Signer.sha256Hex(bytes));
    expect(send(b.PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build()), "put", 200);
  }

  @Override
  public void putFile(String key, Path file, String contentType) throws IOException {
    // Hash while streaming, then stream the upload: an MP4 never sits in memory whole.
    String sha256;
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
      sha256 = HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder b =
        signer.sign(
            HttpRequest.newBuilder(objectUri(key)).header("Content-Type", contentType),
            "PUT",
            objectUri(key),
            sha256);
    expect(send(b.PUT(HttpRequest.BodyPublishers.ofFile(file)).build()), "put", 200);
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    HttpRequest req =
        signer
            .sign(
                HttpRequest.newBuilder(objectUri(key)),
                "GET",
                objectUri(key),
                S3Signer.EMPTY_SHA256)
            .GET()
            .build();
    HttpResponse<InputStream> res = sendStream(req);
    if (res.statusCode() == 404) {
      res.body().close();
      return Optional.empty();
    }
    if (res.statusCode() != 200) {
      res.body().close();
      throw new IOException("S3 get returned HTTP " + res.statusCode());
    }
    return Optional.of(res.body());
  }

  @Override
  public void delete(String key) throws IOException {
    HttpRequest req =
        signer
            .sign(
                HttpRequest.newBuilder(objectUri(key)),
                "DELETE",
                objectUri(key),
                S3Signer.EMPTY_SHA256)
            .DELETE()
            .build();
    expect(send(req), "delete", 204, 200, 404);
  }

  /** Creates the bucket if it does not exist yet (for development and tests). */
  public void createBucketIfMissing() throws IOException {
    URI uri = bucketUri();
    HttpRequest req =
        signer
            .sign(HttpRequest.newBuilder(uri), "PUT", uri, S3Signer.EMPTY_SHA256)
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build();
    // 409: already exists and is ours.
    expect(send(req), "create bucket", 200, 409);
  }

  @Override
  public String kind() {
    return "s3";
  }

  private URI bucketUri() {
    return endpoint.resolve("/" + bucket);
  }

  private URI objectUri(String key) {
    if (!MediaKeys.isSafe(key)) {
      throw new IllegalArgumentException("unsafe storage key");
    }
    // Safe keys contain only unreserved characters, so they need no percent-encoding.
    return endpoint.resolve("/" + bucket + "/" + key);
  }

  private HttpResponse<String> send(HttpRequest req) throws IOException {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private HttpResponse<InputStream> sendStream(HttpRequest req) throws IOException {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void expect(HttpResponse<String> res, String op, int... ok) throws IOException {
    for (int code : ok) {
      if (res.statusCode() == code) {
        return;
      }
    }
    throw new IOException("S3 " + op + " returned HTTP " + res.statusCode());
  }
}
