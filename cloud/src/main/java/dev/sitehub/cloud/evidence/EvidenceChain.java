package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a project's hash chain and verifies it by recomputing every record's hash from the database
 * and the media store, and every head signature against the published keys. It reads through {@link
 * EvidenceRows} and needs no container, so the command-line verifier runs the same code as the
 * endpoint.
 */
class EvidenceChain {
  static final String LINK_COLUMNS =
      "SELECT project_id, seq, kind, record_id, record_hash, prev_hash, link_hash, appended_at,"
          + " hash_version, key_id, head_signature FROM evidence_link";
  static final String KEY_COLUMNS =
      "SELECT key_id, algorithm, public_key FROM evidence_key WHERE algorithm = ?"
          + " ORDER BY first_used_at, key_id";
  private final Map<RecordKind, EvidenceSource> sources = new EnumMap<>(RecordKind.class);
  private final MediaReader media;

  public EvidenceChain(Iterable<EvidenceSource> sources, MediaReader media) {
    for (EvidenceSource s : sources) {
      this.sources.put(s.kind(), s);
    }
    this.media = media;
  }

  /** The record as the database holds it now, for hashing on append. */
  Uni<Optional<EvidenceRecord>> record(EvidenceRows rows, RecordKind kind, String recordId) {
    return source(kind).load(rows, recordId);
  }

  public Uni<List<ChainLink>> links(EvidenceRows rows, String projectId) {
    return rows.query(LINK_COLUMNS + " WHERE project_id = ? ORDER BY seq", projectId)
        .map(list -> list.stream().map(EvidenceChain::link).toList());
  }

  /** Every key that ever signed a head, as the database lists them (none marked current). */
  public Uni<List<PublishedKey>> keys(EvidenceRows rows) {
    return rows.query(KEY_COLUMNS, EvidenceSigner.ALGORITHM)
        .map(list -> list.stream().map(EvidenceChain::key).toList());
  }

  /**
   * Every link of the chain with its record as stored now (empty where the record is gone), and the
   * keys the database lists.
   */
  public Uni<Stored> read(EvidenceRows rows, String projectId) {
    return keys(rows)
        .chain(
            keys ->
                links(rows, projectId)
                    .chain(
                        links -> {
                          List<Optional<EvidenceRecord>> records = new ArrayList<>();
                          Uni<Void> all = Uni.createFrom().voidItem();
                          for (ChainLink l : links) {
                            all =
                                all.chain(
                                    () ->
                                        source(l.kind())
                                            .load(rows, l.recordId())
                                            .invoke(records::add)
                                            .replaceWithVoid());
                          }
                          return all.map(v -> new Stored(projectId, links, records, keys));
                        }));
  }

  /**
   * Recomputes the chain read, checking head signatures against {@code trusted} and, when a party
   * brought one, that the chain still holds the head of {@code receipt}; stops at the first link
   * that does not match. Reads media.
   */
  public ChainReport check(Stored stored, TrustedKeys trusted, HeadReceipt receipt) {
    String projectId = stored.projectId();
    List<ChainLink> links = stored.links();
    String prev = Canonical.GENESIS;
    long expectedSeq = 1;
    boolean signedSeen = false;
    for (int i = 0; i < links.size(); i++) {
      ChainLink l = links.get(i);
      Optional<ChainReport> broken = checkLink(stored, i, prev, expectedSeq, signedSeen, trusted);
      if (broken.isPresent()) {
        return broken.get();
      }
      signedSeen |= l.hashVersion() >= Canonical.HASH_VERSION;
      prev = l.linkHash();
      expectedSeq++;
    }
    ChainLink head = links.isEmpty() ? null : links.get(links.size() - 1);
    if (receipt != null) {
      Optional<ChainReport> broken = checkReceipt(projectId, links, trusted, receipt);
      if (broken.isPresent()) {
        return broken.get();
      }
    }
    return ChainReport.intact(projectId, links.size(), prev, head == null ? null : head.receipt());
  }

  private Optional<ChainReport> checkLink(
      Stored stored, int i, String prev, long expectedSeq, boolean signedSeen, TrustedKeys keys) {
    String projectId = stored.projectId();
    long n = stored.links().size();
    ChainLink l = stored.links().get(i);
    if (l.seq() != expectedSeq) {
      return broken(projectId, n, l, ChainProblem.LINK_MISSING, "link " + expectedSeq + " missing");
    }
    if (!l.prevHash().equals(prev)) {
      return broken(projectId, n, l, ChainProblem.PREVIOUS_HASH, "previous hash does not match");
    }
    // A link of the old rule after a signed one would let a rewritten tail escape its signatures.
    if (l.hashVersion() < 1
        || l.hashVersion() > Canonical.HASH_VERSION
        || (signedSeen && l.hashVersion() < Canonical.HASH_VERSION)) {
      return broken(
          projectId,
          n,
          l,
          ChainProblem.HASH_RULE,
          "hash rule " + l.hashVersion() + " not allowed here");
    }
    if (!Canonical.linkHash(l.hashVersion(), l, prev).equals(l.linkHash())) {
      return broken(projectId, n, l, ChainProblem.LINK_HASH, "link hash does not match");
    }
    if (l.hashVersion() >= Canonical.HASH_VERSION) {
      HeadReceipt signed = l.receipt();
      if (signed == null) {
        return broken(projectId, n, l, ChainProblem.SIGNATURE_MISSING, "head signature missing");
      }
      if (!keys.knows(signed.keyId())) {
        return broken(
            projectId,
            n,
            l,
            ChainProblem.KEY_UNKNOWN,
            "head signed by key " + signed.keyId() + ", which is not published");
      }
      if (!keys.verifies(signed)) {
        return broken(
            projectId, n, l, ChainProblem.SIGNATURE_INVALID, "head signature does not verify");
      }
    }
    Optional<EvidenceRecord> record = stored.records().get(i);
    if (record.isEmpty()) {
      return broken(projectId, n, l, ChainProblem.RECORD_MISSING, "record is missing");
    }
    if (!Canonical.recordHash(record.get()).equals(l.recordHash())) {
      return broken(projectId, n, l, ChainProblem.RECORD_ALTERED, "record content was altered");
    }
    for (MediaRef m : record.get().media()) {
      Optional<byte[]> bytes = media.read(m.key());
      if (bytes.isEmpty()) {
        return broken(
            projectId, n, l, ChainProblem.MEDIA_MISSING, "media " + m.key() + " is missing");
      }
      if (!Canonical.sha256(bytes.get()).equals(m.sha256())) {
        return broken(
            projectId, n, l, ChainProblem.MEDIA_ALTERED, "media " + m.key() + " was altered");
      }
    }
    return Optional.empty();
  }

  /**
   * A genuine receipt names a head the server once signed: the chain must still hold exactly that
   * link. A shorter chain lost its tail; a different link there means the chain was rewritten.
   */
  private static Optional<ChainReport> checkReceipt(
      String projectId, List<ChainLink> links, TrustedKeys keys, HeadReceipt receipt) {
    if (!receipt.projectId().equals(projectId) || !keys.verifies(receipt)) {
      return Optional.of(
          ChainReport.brokenAt(
              projectId,
              links.size(),
              receipt.seq(),
              ChainProblem.RECEIPT_INVALID,
              "the receipt's signature does not verify under the published keys for this project"));
    }
    if (receipt.seq() > links.size()) {
      return Optional.of(
          ChainReport.brokenAt(
              projectId,
              links.size(),
              receipt.seq(),
              ChainProblem.TAIL_DROPPED,
              "tail dropped: the chain ends at link "
                  + links.size()
                  + " but a signed receipt shows link "
                  + receipt.seq()));
    }
    ChainLink at = links.get((int) receipt.seq() - 1);
    if (!at.linkHash().equals(receipt.linkHash())) {
      return Optional.of(
          ChainReport.broken(
              projectId,
              links.size(),
              at,
              ChainProblem.RECEIPT_MISMATCH,
              "link " + receipt.seq() + " is not the one the signed receipt shows"));
    }
    return Optional.empty();
  }

  private static Optional<ChainReport> broken(
      String projectId, long links, ChainLink at, ChainProblem problem, String reason) {
    return Optional.of(ChainReport.broken(projectId, links, at, problem, reason));
  }

  private EvidenceSource source(RecordKind kind) {
    EvidenceSource s = sources.get(kind);
    if (s == null) {
      throw new IllegalStateException("no evidence source for " + kind);
    }
    return s;
  }

  static ChainLink link(Map<String, Object> row) {
    return new ChainLink(
        (String) row.get("project_id"),
        ((Number) row.get("seq")).longValue(),
        RecordKind.valueOf((String) row.get("kind")),
        (String) row.get("record_id"),
        (String) row.get("record_hash"),
        (String) row.get("prev_hash"),
        (String) row.get("link_hash"),
        TableSource.instant(row.get("appended_at")),
        ((Number) row.get("hash_version")).intValue(),
        (String) row.get("key_id"),
        (String) row.get("head_signature"));
  }

  private static PublishedKey key(Map<String, Object> row) {
    return new PublishedKey(
        (String) row.get("key_id"),
        (String) row.get("algorithm"),
        (String) row.get("public_key"),
        false);
  }

  /** A chain's links, in the same order their records as read, and the keys the database lists. */
  public record Stored(
      String projectId,
      List<ChainLink> links,
      List<Optional<EvidenceRecord>> records,
      List<PublishedKey> keys) {}
}
