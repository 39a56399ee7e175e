package dev.sitehub.cloud.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps uploads as files named by their SHA-256 under the configured folder: identical uploads
 * share one file, and a key can never escape the folder.
 */
@ApplicationScoped
class FileSystemAttachmentStore implements AttachmentStore {
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}\\.(pdf|png|jpeg)");
  private final Path dir;

  public FileSystemAttachmentStore(AttachmentConfig config) {
    this.dir = Path.of(config.dir());
  }

  @Override
  public StoredAttachment put(byte[] content, AttachmentType type) {
    String sha = sha256(content);
    String key = sha + "." + type.name().toLowerCase(java.util.Locale.ROOT);
    Path target = dir.resolve(key);
    try {
      Files.createDirectories(dir);
      if (!Files.exists(target)) {
        // Write then rename, so a crash never leaves a truncated file under a valid key.
        Path tmp = Files.createTempFile(dir, "upload-", ".part");
        Files.write(tmp, content);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store upload " + key, e);
    }
    return new StoredAttachment(key, type, content.length, sha);
  }

  @Override
  public Optional<byte[]> get(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path file = dir.resolve(key);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read upload " + key, e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
