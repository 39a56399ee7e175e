package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Verifies the Range header forms a browser sends against RFC 9110's rules. */
class ByteRangeTest {
  @Test
  void of_openEndedFromZero_wholeObjectAsRange() {
    assertThat(ByteRange.of("bytes=0-", 1000)).contains(new ByteRange(0, 999));
  }

  @Test
  void of_closedRangePastEnd_clampedToLastByte() {
    assertThat(ByteRange.of("bytes=100-5000", 1000)).contains(new ByteRange(100, 999));
  }

  @Test
  void of_suffix_lastBytes() {
    assertThat(ByteRange.of("bytes=-100", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.of("bytes=-5000", 1000)).contains(new ByteRange(0, 999));
  }

  @Test
  void of_absentMalformedOrMultiple_wholeObject() {
    assertThat(ByteRange.of(null, 1000)).isEmpty();
    assertThat(ByteRange.of("bytes=a-b", 1000)).isEmpty();
    assertThat(ByteRange.of("items=0-1", 1000)).isEmpty();
    assertThat(ByteRange.of("bytes=0-1,5-6", 1000)).isEmpty();
    assertThat(ByteRange.of("bytes=9-3", 1000)).isEmpty();
  }

  @Test
  void of_startPastEnd_unsatisfiable() {
    assertThatThrownBy(() -> ByteRange.of("bytes=1000-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
    assertThatThrownBy(() -> ByteRange.of("bytes=-0", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
  }
}
