package dev.sitehub.cloud.media;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a stored object, both ends inclusive as in HTTP's {@code Content-Range}; made
 * from a {@code Range: bytes=...} request header against the object's size.
 */
public record ByteRange(long first, long last) {
  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  public ByteRange {
    if (first < 0 || last < first) {
      throw new IllegalArgumentException("bad byte range " + first + "-" + last);
    }
  }

  public long length() {
    return last - first + 1;
  }

  /**
   * The range a {@code Range} header asks of an object of {@code size} bytes: empty when the header
   * is absent, malformed or asks for several ranges (RFC 9110 lets a server answer those with the
   * whole object, which players never ask for anyway).
   *
   * @throws Unsatisfiable when the range starts past the end of the object
   */
  public static Optional<ByteRange> of(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    try {
      if (m.group(1).isEmpty()) {
        // Suffix form "bytes=-n": the last n bytes.
        long n = Long.parseLong(m.group(2));
        if (n == 0 || size == 0) {
          throw new Unsatisfiable(size);
        }
        return Optional.of(new ByteRange(Math.max(0, size - n), size - 1));
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
      if (first >= size) {
        throw new Unsatisfiable(size);
      }
      if (last < first) {
        return Optional.empty();
      }
      return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
    } catch (NumberFormatException e) {
      // More digits than a long holds: not a range we can serve, so the whole object.
      return Optional.empty();
    }
  }

  /** Wraps a stream positioned at {@link #first()} so that it ends after {@link #last()}. */
  InputStream limit(InputStream in) {
    return new FilterInputStream(in) {
      private long left = length();

      @Override
      public int read() throws IOException {
        if (left <= 0) {
          return -1;
        }
        int b = super.read();
        if (b >= 0) {
          left--;
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        if (left <= 0) {
          return -1;
        }
        int n = super.read(buf, off, (int) Math.min(len, left));
        if (n > 0) {
          left -= n;
        }
        return n;
      }
    };
  }

  /** A range that starts at or past the end of the object: HTTP 416. */
  public static final class Unsatisfiable extends RuntimeException {
    private final long size;

    Unsatisfiable(long size) {
      super("range not satisfiable for " + size + " bytes", null, false, false);
      this.size = size;
    }

    public long size() {
      return size;
    }
  }
}
