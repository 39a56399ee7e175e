package dev.sitehub.cloud.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;

/** The default {@link MediaStore}: one file per key under a root directory. */
final class FileSystemMediaStore implements MediaStore {
  private final Path root;

  public FileSystemMediaStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void put(String key, byte[] bytes, String contentType) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    // Write aside then move, so a reader never sees half a JPEG.
    Path tmp = Files.createTempFile(target.getParent(), ".put-", ".tmp");
    try {
      Files.write(tmp, bytes);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public void putFile(String key, Path file, String contentType) throws IOException {
    Path target = resolve(key);
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".put-", ".tmp");
    try {
      Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
      move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    try {
      return Optional.of(Files.newInputStream(resolve(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<InputStream> open(String key, ByteRange range) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(resolve(key));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    ch.position(range.first());
    return Optional.of(range.limit(Channels.newInputStream(ch)));
  }

  @Override
  public OptionalLong size(String key) throws IOException {
    try {
      return OptionalLong.of(Files.size(resolve(key)));
    } catch (NoSuchFileException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(resolve(key));
  }

  @Override
  public String kind() {
    return "filesystem";
  }

  private Path resolve(String key) {
    if (!MediaKeys.isSafe(key)) {
      throw new IllegalArgumentException("unsafe storage key");
    }
    Path p = root.resolve(key).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("unsafe storage key");
    }
    return p;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
