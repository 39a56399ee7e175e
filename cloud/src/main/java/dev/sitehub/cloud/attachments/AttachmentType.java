package dev.sitehub.cloud.attachments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The file types users may upload, each recognised by its leading magic bytes. */
public enum AttachmentType {
  PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String mediaType;
  private final List<String> extensions;
  private final byte[] magic;

  AttachmentType(String mediaType, List<String> extensions, byte[] magic) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The type whose magic bytes start {@code content}, if any. */
  public static Optional<AttachmentType> of(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
  }

  boolean matches(byte[] content) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
