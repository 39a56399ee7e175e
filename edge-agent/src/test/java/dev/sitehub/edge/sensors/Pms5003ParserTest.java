package dev.sitehub.edge.sensors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class Pms5003ParserTest {
  /** A well-formed frame with the given atmospheric PM values. */
  static byte[] frame(int pm1, int pm25, int pm10, boolean corruptChecksum) {
    int[] words = new int[13];
    words[0] = pm1 + 1;
    words[1] = pm25 + 1;
    words[2] = pm10 + 1;
    words[3] = pm1;
    words[4] = pm25;
    words[5] = pm10;
    byte[] b = new byte[32];
    b[0] = 0x42;
    b[1] = 0x4D;
    b[2] = 0;
    b[3] = 28;
    for (int i = 0; i < 13; i++) {
      b[4 + 2 * i] = (byte) (words[i] >> 8);
      b[5 + 2 * i] = (byte) words[i];
    }
    int sum = 0;
    for (int i = 0; i < 30; i++) {
      sum += b[i] & 0xff;
    }
    if (corruptChecksum) {
      sum++;
    }
    b[30] = (byte) (sum >> 8);
    b[31] = (byte) sum;
    return b;
  }

  @Test
  void next_validFrame_atmosphericValues() throws Exception {
    Pms5003Parser p = new Pms5003Parser(new ByteArrayInputStream(frame(5, 12, 20, false)));
    assertThat(p.next()).contains(new Pms5003Parser.PmFrame(5, 12, 20));
    assertThat(p.next()).isEmpty();
  }

  @Test
  void next_garbageAndBadChecksum_skipsThemAndResyncs() throws Exception {
    ByteArrayOutputStream s = new ByteArrayOutputStream();
    s.write(new byte[] {0x00, 0x42, 0x11, (byte) 0xff, 0x4D});
    s.write(frame(1, 2, 3, true));
    s.write(new byte[] {0x42, 0x4D, 0x00, 0x05, 0x01});
    s.write(frame(7, 80, 120, false));
    Pms5003Parser p = new Pms5003Parser(new ByteArrayInputStream(s.toByteArray()));
    assertThat(p.next()).contains(new Pms5003Parser.PmFrame(7, 80, 120));
    assertThat(p.checksumErrors()).isEqualTo(1);
    assertThat(p.bytesSkipped()).isPositive();
  }

  @Test
  void next_truncatedFrame_emptyAtEndOfStream() throws Exception {
    byte[] f = frame(1, 2, 3, false);
    byte[] cut = java.util.Arrays.copyOf(f, 20);
    assertThat(new Pms5003Parser(new ByteArrayInputStream(cut)).next()).isEmpty();
  }
}
