package dev.sitehub.cloud.evidence;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a project's hash chain and verifies it by recomputing every record's hash from the database
 * and the media store. It reads through {@link EvidenceRows} and needs no container, so the
 * command-line verifier runs the same code as the endpoint.
 */
class EvidenceChain {
  static final String LINK_COLUMNS =
      "SELECT project_id, seq, kind, record_id, record_hash, prev_hash, link_hash, appended_at"
          + " FROM evidence_link";
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

  /** Every link of the chain with its record as stored now (empty where the record is gone). */
  public Uni<Stored> read(EvidenceRows rows, String projectId) {
    return links(rows, projectId)
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
              return all.map(v -> new Stored(projectId, links, records));
            });
  }

  /** Recomputes the chain read; stops at the first link that does not match. Reads media. */
  public ChainReport check(Stored stored) {
    String projectId = stored.projectId();
    List<ChainLink> links = stored.links();
    String prev = Canonical.GENESIS;
    long expectedSeq = 1;
    for (int i = 0; i < links.size(); i++) {
      ChainLink l = links.get(i);
      if (l.seq() != expectedSeq) {
        return ChainReport.broken(projectId, links.size(), l, "link " + expectedSeq + " missing");
      }
      if (!l.prevHash().equals(prev)) {
        return ChainReport.broken(projectId, links.size(), l, "previous hash does not match");
      }
      String relinked =
          Canonical.linkHash(prev, projectId, l.seq(), l.kind(), l.recordId(), l.recordHash());
      if (!relinked.equals(l.linkHash())) {
        return ChainReport.broken(projectId, links.size(), l, "link hash does not match");
      }
      Optional<EvidenceRecord> record = stored.records().get(i);
      if (record.isEmpty()) {
        return ChainReport.broken(projectId, links.size(), l, "record is missing");
      }
      if (!Canonical.recordHash(record.get()).equals(l.recordHash())) {
        return ChainReport.broken(projectId, links.size(), l, "record content was altered");
      }
      for (MediaRef m : record.get().media()) {
        Optional<byte[]> bytes = media.read(m.key());
        if (bytes.isEmpty()) {
          return ChainReport.broken(projectId, links.size(), l, "media " + m.key() + " is missing");
        }
        if (!Canonical.sha256(bytes.get()).equals(m.sha256())) {
          return ChainReport.broken(
              projectId, links.size(), l, "media " + m.key() + " was altered");
        }
      }
      prev = l.linkHash();
      expectedSeq++;
    }
    return ChainReport.intact(projectId, links.size(), prev);
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
        TableSource.instant(row.get("appended_at")));
  }

  /** A chain's links and, in the same order, their records as read from the database. */
  public record Stored(
      String projectId, List<ChainLink> links, List<Optional<EvidenceRecord>> records) {}
}
