package dev.sitehub.cloud.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where media bytes (snapshot JPEGs, time-lapse MP4s) live, addressed by a storage key such as
 * {@code site/device/camera/2026/11/24/1764000000000-42-periodic.jpg}; metadata stays in the
 * database.
 */
public interface MediaStore {

  /** Stores the bytes under the key, replacing what was there (keys are content-stable). */
  void put(String key, byte[] bytes, String contentType) throws IOException;

  /** Stores a file under the key; used for large results such as MP4s. */
  void putFile(String key, Path file, String contentType) throws IOException;

  /** Opens the object, or empty when no object has this key. The caller closes the stream. */
  Optional<InputStream> open(String key) throws IOException;

  /**
   * Opens bytes {@code range.first()..range.last()} of the object (the range lies within its size),
   * or empty when no object has this key: how video is served to a seeking player.
   */
  Optional<InputStream> open(String key, ByteRange range) throws IOException;

  /** The object's size in bytes, or empty when no object has this key. */
  OptionalLong size(String key) throws IOException;

  /** Deletes the object; deleting a missing key is not an error. */
  void delete(String key) throws IOException;

  /** A short name for logs and health: "filesystem" or "s3". */
  String kind();
}
