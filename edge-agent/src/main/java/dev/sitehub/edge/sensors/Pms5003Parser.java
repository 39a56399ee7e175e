package dev.sitehub.edge.sensors;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Optional;

/**
 * Parses the Plantower PMS5003 serial protocol (9600 8N1): frames start with 0x42 0x4D, then a
 * 16-bit length (28), thirteen 16-bit data words and a 16-bit checksum equal to the sum of all
 * preceding bytes. Bad checksums and wrong lengths are counted and skipped, and the parser
 * resynchronises on the next start bytes, so garbage on the line costs frames, never the stream.
 */
public final class Pms5003Parser {
  static final int START1 = 0x42;
  static final int START2 = 0x4D;
  static final int FRAME_LENGTH = 28;

  /** Atmospheric-environment concentrations in ug/m3. */
  public record PmFrame(int pm1, int pm25, int pm10) {}

  private final PushbackInputStream in;
  private long checksumErrors;
  private long lengthErrors;
  private long bytesSkipped;

  public Pms5003Parser(InputStream in) {
    this.in = new PushbackInputStream(in, 2 + FRAME_LENGTH);
  }

  /** The next valid frame, or empty at end of stream. */
  public Optional<PmFrame> next() throws IOException {
    while (true) {
      if (!syncToStart()) {
        return Optional.empty();
      }
      byte[] len = new byte[2];
      if (!readFully(len)) {
        return Optional.empty();
      }
      if (word(len, 0) != FRAME_LENGTH) {
        // Not a real frame start: scan again from the bytes after the false marker.
        lengthErrors++;
        in.unread(len);
        continue;
      }
      byte[] body = new byte[2 + FRAME_LENGTH];
      System.arraycopy(len, 0, body, 0, 2);
      byte[] rest = new byte[FRAME_LENGTH];
      if (!readFully(rest)) {
        return Optional.empty();
      }
      System.arraycopy(rest, 0, body, 2, FRAME_LENGTH);
      int sum = START1 + START2;
      for (int i = 0; i < body.length - 2; i++) {
        sum += body[i] & 0xff;
      }
      if ((sum & 0xffff) != word(body, body.length - 2)) {
        // A real frame may start inside the rejected bytes, so they are scanned again.
        checksumErrors++;
        in.unread(body);
        continue;
      }
      // Data words start after the length; words 4..6 are the atmospheric values.
      return Optional.of(new PmFrame(word(body, 2 + 6), word(body, 2 + 8), word(body, 2 + 10)));
    }
  }

  private boolean syncToStart() throws IOException {
    int prev = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      if (prev == START1 && b == START2) {
        return true;
      }
      if (prev >= 0) {
        bytesSkipped++;
      }
      prev = b;
    }
  }

  private boolean readFully(byte[] buf) throws IOException {
    int off = 0;
    while (off < buf.length) {
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        return false;
      }
      off += n;
    }
    return true;
  }

  private static int word(byte[] b, int i) {
    return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  public long checksumErrors() {
    return checksumErrors;
  }

  public long lengthErrors() {
    return lengthErrors;
  }

  public long bytesSkipped() {
    return bytesSkipped;
  }
}
