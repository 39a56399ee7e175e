package dev.sitehub.cloud.enterprises;

import java.time.Instant;

/** An uploaded certificate's metadata; the file itself is fetched separately. */
public record CertificateView(
    String certificateId,
    CertificateKind kind,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt) {}
