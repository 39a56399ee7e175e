package dev.sitehub.cloud.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Verifies the per-link hash rule: chains filed before the append time was hashed still verify, a
 * signed chain may grow on an unsigned one, and no unsigned link may follow a signed one.
 */
class EvidenceChainRulesTest {
  private static final EvidenceRecord RECORD = new EvidenceRecord(Map.of("a", "1"), List.of());
  private final EvidenceSigner signer = EvidenceSigner.generate();
  private final EvidenceChain chain = new EvidenceChain(List.of(), key -> Optional.empty());

  @Test
  void check_legacyLinksThenSigned_intactAndHeadReceiptGiven() {
    List<ChainLink> links = build(1, 1, 2);
    ChainReport r = check(links);
    assertThat(r.intact()).as(r.summary()).isTrue();
    assertThat(r.links()).isEqualTo(3);
    assertThat(HeadReceipt.parse(r.receipt()).orElseThrow().seq()).isEqualTo(3);
  }

  @Test
  void check_legacyChainOnly_intactWithoutReceipt() {
    ChainReport r = check(build(1, 1));
    assertThat(r.intact()).isTrue();
    assertThat(r.receipt()).isNull();
  }

  @Test
  void check_legacyLinkAfterSignedOne_hashRuleRefused() {
    ChainReport r = check(build(2, 1));
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenSeq()).isEqualTo(2);
    assertThat(r.problem()).isEqualTo(ChainProblem.HASH_RULE);
  }

  @Test
  void check_appendTimeChangedOnSignedLink_linkHashBroken() {
    List<ChainLink> links = new ArrayList<>(build(2, 2));
    ChainLink l = links.get(1);
    links.set(
        1,
        new ChainLink(
            l.projectId(),
            l.seq(),
            l.kind(),
            l.recordId(),
            l.recordHash(),
            l.prevHash(),
            l.linkHash(),
            l.appendedAt().plusSeconds(1),
            l.hashVersion(),
            l.keyId(),
            l.headSignature()));
    assertThat(check(links).problem()).isEqualTo(ChainProblem.LINK_HASH);
  }

  @Test
  void receipt_textRoundTrip_sameReceipt() {
    HeadReceipt r = build(2).get(0).receipt();
    assertThat(HeadReceipt.parse(r.text())).contains(r);
    assertThat(HeadReceipt.parse(r.text().replace(' ', '\n'))).contains(r);
    assertThat(HeadReceipt.parse("sitehub-evidence-receipt/1 p x")).isEmpty();
  }

  private ChainReport check(List<ChainLink> links) {
    List<Optional<EvidenceRecord>> records = links.stream().map(l -> Optional.of(RECORD)).toList();
    EvidenceChain.Stored stored =
        new EvidenceChain.Stored("p", links, records, List.of(signer.published(true)));
    return chain.check(stored, TrustedKeys.of(stored.keys()), null);
  }

  /** A chain of one link per entry, each hashed (and, for rule 2, signed) by that rule. */
  private List<ChainLink> build(int... versions) {
    List<ChainLink> out = new ArrayList<>();
    String prev = Canonical.GENESIS;
    Instant at = Instant.parse("2026-12-07T10:00:00.123456Z");
    for (int i = 0; i < versions.length; i++) {
      ChainLink l =
          new ChainLink(
              "p",
              i + 1,
              RecordKind.CONTRACT,
              "c" + i,
              Canonical.recordHash(RECORD),
              prev,
              null,
              at.plusSeconds(i),
              versions[i],
              null,
              null);
      String hash = Canonical.linkHash(versions[i], l, prev);
      ChainLink hashed =
          new ChainLink(
              "p",
              i + 1,
              RecordKind.CONTRACT,
              "c" + i,
              l.recordHash(),
              prev,
              hash,
              l.appendedAt(),
              versions[i],
              null,
              null);
      if (versions[i] == 2) {
        HeadReceipt r = signer.signHead(hashed);
        hashed =
            new ChainLink(
                "p",
                i + 1,
                RecordKind.CONTRACT,
                "c" + i,
                l.recordHash(),
                prev,
                hash,
                l.appendedAt(),
                2,
                r.keyId(),
                r.signature());
      }
      out.add(hashed);
      prev = hash;
    }
    return out;
  }
}
