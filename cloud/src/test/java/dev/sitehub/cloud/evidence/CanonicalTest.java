package dev.sitehub.cloud.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies the canonical serialisation is order-independent, escaped, and refuses ambiguity. */
class CanonicalTest {
  @Test
  void json_keyOrder_doesNotChangeBytes() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("b", 2L);
    a.put("a", List.of("x", true));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("a", List.of("x", true));
    b.put("b", 2);
    assertThat(Canonical.json(a))
        .isEqualTo("{\"a\":[\"x\",true],\"b\":2}")
        .isEqualTo(Canonical.json(b));
  }

  @Test
  void json_controlCharactersAndQuotes_escaped() {
    assertThat(Canonical.json(Map.of("k", "a\"b\n\u0001")))
        .isEqualTo("{\"k\":\"a\\\"b\\n\\u0001\"}");
  }

  @Test
  void json_double_refused() {
    assertThatThrownBy(() -> Canonical.json(Map.of("x", 0.1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordHash_anyFieldOrMediaChange_changesHash() {
    EvidenceRecord r = new EvidenceRecord(Map.of("a", "1"), List.of(new MediaRef("k", "s")));
    String h = Canonical.recordHash(r);
    assertThat(h).hasSize(64);
    assertThat(Canonical.recordHash(new EvidenceRecord(Map.of("a", "2"), r.media())))
        .isNotEqualTo(h);
    assertThat(
            Canonical.recordHash(new EvidenceRecord(r.fields(), List.of(new MediaRef("k", "t")))))
        .isNotEqualTo(h);
    assertThat(Canonical.linkHash(Canonical.GENESIS, "p", 1, RecordKind.CONTRACT, "c:1", h))
        .isNotEqualTo(Canonical.linkHash(Canonical.GENESIS, "p", 2, RecordKind.CONTRACT, "c:1", h));
  }
}
