package dev.sitehub.cloud.devices;

import java.time.Instant;

/**
 * A new claim code, returned exactly once: as text for typing into the box and as a base64 PNG QR
 * code ({@code qrPngBase64}) for scanning. Only its digest is stored.
 */
public record ClaimView(String siteId, String code, Instant expiresAt, String qrPngBase64) {}
