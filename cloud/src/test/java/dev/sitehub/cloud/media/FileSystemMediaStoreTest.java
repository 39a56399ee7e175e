package dev.sitehub.cloud.media;

/** The filesystem store against the contract; the twin of {@link S3MediaStoreTest}. */
class FileSystemMediaStoreTest extends MediaStoreContract {
  @Override
  MediaStore store() {
    return new FileSystemMediaStore(tmp.resolve("media"));
  }
}
