package dev.sitehub.cloud.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A {@link MediaStore} on AWS S3 or an S3-compatible server (MinIO, Ceph RGW), through the AWS SDK
 * v2 client: it signs, retries and streams; this class only maps keys and errors.
 */
final class S3MediaStore implements MediaStore, AutoCloseable {
  private final S3Client s3;
  private final String bucket;

  S3MediaStore(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  static S3MediaStore from(MediaConfig.S3 c) {
    String bucket =
        c.bucket()
            .filter(b -> !b.isBlank())
            .orElseThrow(
                () -> new IllegalArgumentException("sitehub.media.s3.bucket is required for s3"));
    if (c.accessKey().isPresent() != c.secretKey().isPresent()) {
      throw new IllegalArgumentException(
          "sitehub.media.s3.access-key and secret-key are set together or not at all");
    }
    AwsCredentialsProvider credentials =
        c.accessKey().isPresent()
            ? StaticCredentialsProvider.create(
                AwsBasicCredentials.create(c.accessKey().get(), c.secretKey().get()))
            // On AWS, an instance or task role beats a key pair in a file.
            : DefaultCredentialsProvider.create();
    S3ClientBuilder b =
        S3Client.builder()
            .region(Region.of(c.region()))
            .credentialsProvider(credentials)
            .forcePathStyle(c.pathStyle())
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(c.connectTimeout())
                    .socketTimeout(c.socketTimeout()))
            // Since SDK 2.30 uploads carry CRC trailers in aws-chunked bodies by default, which
            // S3-compatible servers (Ceph RGW, older MinIO) refuse; checksums only where required.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    c.endpoint().filter(e -> !e.isBlank()).map(URI::create).ifPresent(b::endpointOverride);
    return new S3MediaStore(b.build(), bucket);
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) throws IOException {
    checked(key);
    call(
        "put",
        () ->
            s3.putObject(
                r -> r.bucket(bucket).key(key).contentType(contentType),
                RequestBody.fromBytes(bytes)));
  }

  @Override
  public void putFile(String key, Path file, String contentType) throws IOException {
    checked(key);
    // Streams from the file: an MP4 never sits in memory whole.
    call(
        "put",
        () ->
            s3.putObject(
                r -> r.bucket(bucket).key(key).contentType(contentType),
                RequestBody.fromFile(file)));
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    return get(GetObjectRequest.builder().bucket(bucket).key(checked(key)).build());
  }

  @Override
  public Optional<InputStream> open(String key, ByteRange range) throws IOException {
    return get(
        GetObjectRequest.builder()
            .bucket(bucket)
            .key(checked(key))
            .range("bytes=" + range.first() + "-" + range.last())
            .build());
  }

  @Override
  public OptionalLong size(String key) throws IOException {
    checked(key);
    try {
      return OptionalLong.of(s3.headObject(r -> r.bucket(bucket).key(key)).contentLength());
    } catch (NoSuchKeyException e) {
      return OptionalLong.empty();
    } catch (S3Exception e) {
      // HEAD has no body, so some servers' 404 arrives without the NoSuchKey code.
      if (e.statusCode() == 404) {
        return OptionalLong.empty();
      }
      throw new IOException("S3 head failed: HTTP " + e.statusCode(), e);
    } catch (SdkException e) {
      throw new IOException("S3 head failed", e);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    checked(key);
    // S3 answers 204 for a missing key too, as the contract wants.
    call("delete", () -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
  }

  /**
   * Creates the bucket if it does not exist yet (development and tests; production buckets are the
   * operator's).
   */
  public void createBucketIfMissing() throws IOException {
    try {
      s3.headBucket(r -> r.bucket(bucket));
    } catch (NoSuchBucketException e) {
      call("create bucket", () -> s3.createBucket(r -> r.bucket(bucket)));
    } catch (SdkException e) {
      throw new IOException("S3 head bucket failed", e);
    }
  }

  @Override
  public String kind() {
    return "s3";
  }

  @Override
  public void close() {
    s3.close();
  }

  private Optional<InputStream> get(GetObjectRequest request) throws IOException {
    try {
      return Optional.of(s3.getObject(request));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw new IOException("S3 get failed", e);
    }
  }

  private static String checked(String key) {
    if (!MediaKeys.isSafe(key)) {
      throw new IllegalArgumentException("unsafe storage key");
    }
    return key;
  }

  private static void call(String op, Runnable request) throws IOException {
    try {
      request.run();
    } catch (SdkException e) {
      // Callers (retention, time-lapse) handle IOException: a store outage is an I/O failure.
      throw new IOException("S3 " + op + " failed", e);
    }
  }
}
