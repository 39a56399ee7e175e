package dev.sitehub.cloud.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitehub.cloud.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies type detection from content, not from the name, and the size limit. */
class AttachmentInspectorTest {
  static final byte[] PDF = "%PDF-1.7\n%...\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
  private final AttachmentInspector inspector = new AttachmentInspector(64);

  @Test
  void inspect_realFiles_detectedByMagic() {
    assertThat(inspector.inspect("licence.pdf", "application/pdf", PDF))
        .isEqualTo(AttachmentType.PDF);
    assertThat(inspector.inspect("a.PNG", null, PNG)).isEqualTo(AttachmentType.PNG);
    assertThat(inspector.inspect("a.jpeg", "image/jpeg", JPEG)).isEqualTo(AttachmentType.JPEG);
    assertThat(inspector.inspect(null, "application/octet-stream", JPEG))
        .isEqualTo(AttachmentType.JPEG);
  }

  @Test
  void inspect_executableNamedPdf_typeNotAllowed() {
    byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    assertCode(
        () -> inspector.inspect("licence.pdf", "application/pdf", elf),
        "attachment-type-not-allowed",
        415);
  }

  @Test
  void inspect_pngNamedPdf_mismatch() {
    assertCode(() -> inspector.inspect("licence.pdf", null, PNG), "attachment-type-mismatch", 415);
    assertCode(
        () -> inspector.inspect(null, "application/pdf", PNG), "attachment-type-mismatch", 415);
  }

  @Test
  void inspect_emptyOrTooLarge_refused() {
    assertCode(() -> inspector.inspect("a.pdf", null, new byte[0]), "attachment-empty", 400);
    byte[] big = new byte[65];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertCode(() -> inspector.inspect("a.pdf", null, big), "attachment-too-large", 413);
  }

  @Test
  void fileStore_putThenGet_sameBytesAndForeignKeysRefused(@TempDir Path dir) throws Exception {
    AttachmentConfig config =
        new AttachmentConfig() {
          @Override
          public String dir() {
            return dir.toString();
          }

          @Override
          public long maxBytes() {
            return 64;
          }
        };
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(config);
    StoredAttachment s = store.put(PNG, AttachmentType.PNG);
    assertThat(s.key()).endsWith(".png").startsWith(s.sha256());
    assertThat(store.get(s.key())).hasValue(PNG);
    assertThat(store.get("../../etc/passwd")).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(1);
    }
  }

  private static void assertCode(Runnable r, String code, int status) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.status()).isEqualTo(status);
            });
  }
}
