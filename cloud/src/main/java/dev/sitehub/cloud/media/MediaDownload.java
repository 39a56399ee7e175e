package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.ProblemException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Answers a GET of a stored object with HTTP range support (RFC 9110): 200 with the whole object
 * and {@code Accept-Ranges}, 206 with {@code Content-Range} for one range, 416 past the end. A
 * video element needs this to seek, and Safari will not play a video without it.
 */
final class MediaDownload {
  private final MediaStore store;

  MediaDownload(MediaStore store) {
    this.store = store;
  }

  /**
   * The response for {@code key}; {@code gone} is the problem type when the object is missing (its
   * row outlived it).
   */
  Response.ResponseBuilder serve(String key, String contentType, String rangeHeader, String gone) {
    try {
      long size =
          store
              .size(key)
              .orElseThrow(() -> ProblemException.notFound(gone, "the media was deleted"));
      Optional<ByteRange> range;
      try {
        range = ByteRange.of(rangeHeader, size);
      } catch (ByteRange.Unsatisfiable e) {
        return Response.status(416)
            .header("Content-Range", "bytes */" + size)
            .header("Accept-Ranges", "bytes");
      }
      if (range.isEmpty()) {
        return Response.ok(open(store.open(key), gone), contentType)
            .header("Content-Length", size)
            .header("Accept-Ranges", "bytes");
      }
      ByteRange r = range.get();
      return Response.status(206)
          .entity(open(store.open(key, r), gone))
          .type(contentType)
          .header("Content-Length", r.length())
          .header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + size)
          .header("Accept-Ranges", "bytes");
    } catch (IOException e) {
      throw new MediaException("open " + key.substring(0, key.indexOf('/') + 1), e);
    }
  }

  private static InputStream open(Optional<InputStream> in, String gone) {
    // Deleted between the size check and the read: retention ran in between.
    return in.orElseThrow(() -> ProblemException.notFound(gone, "the media was deleted"));
  }
}
