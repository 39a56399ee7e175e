package dev.sitehub.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotRingTest {
  private static SnapshotRing.PendingFrame frame(String topic) {
    return new SnapshotRing.PendingFrame(topic, new byte[] {1}, Map.of());
  }

  @Test
  void offer_beyondCapacity_oldestOverwrittenAndCounted() {
    SnapshotRing ring = new SnapshotRing(2);
    ring.offer(frame("a"));
    ring.offer(frame("b"));
    ring.offer(frame("c"));
    assertThat(ring.size()).isEqualTo(2);
    assertThat(ring.overwritten()).isEqualTo(1);
    assertThat(ring.poll().orElseThrow().topic()).isEqualTo("b");
    assertThat(ring.poll().orElseThrow().topic()).isEqualTo("c");
    assertThat(ring.poll()).isEmpty();
  }

  @Test
  void constructor_zeroCapacity_rejected() {
    assertThatThrownBy(() -> new SnapshotRing(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
