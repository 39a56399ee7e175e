package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/** The application's evidence chain: features append inside their transactions; anyone verifies. */
@ApplicationScoped
public class EvidenceService {
  private static final Logger LOG = Logger.getLogger(EvidenceService.class);
  private final UnitOfWork work;
  private final EvidenceLinkRepository linkRepository;
  private final EvidenceChain chain;
  private final Clock clock;

  EvidenceService(
      UnitOfWork work, EvidenceLinkRepository linkRepository, AttachmentStore store, Clock clock) {
    this.work = work;
    this.linkRepository = linkRepository;
    this.chain = new EvidenceChain(EvidenceSources.installed(), store::get);
    this.clock = clock;
  }

  /**
   * Appends a filed record in the caller's unit of work, hashing it as the caller's transaction
   * holds it now; a record already in the chain is not appended twice. Returns the link.
   */
  public Uni<ChainLink> appending(String projectId, RecordKind kind, String recordId) {
    Instant at = clock.instant();
    // The caller's pending entities must be in the database before the record is read back.
    return Panache.getSession()
        .chain(s -> s.flush())
        .chain(() -> linkRepository.lock(projectId))
        .chain(() -> linkRepository.find(projectId, kind, recordId))
        .chain(
            existing ->
                existing.isPresent()
                    ? Uni.createFrom().item(existing.get())
                    : appendNew(projectId, kind, recordId, at));
  }

  private Uni<ChainLink> appendNew(String projectId, RecordKind kind, String recordId, Instant at) {
    return chain
        .record(SessionRows.INSTANCE, kind, recordId)
        .map(r -> r.orElseThrow(() -> new IllegalStateException("no " + kind + " " + recordId)))
        .chain(
            record ->
                linkRepository
                    .head(projectId)
                    .chain(
                        head -> {
                          long seq = head.map(h -> h.seq() + 1).orElse(1L);
                          String prev = head.map(ChainLink::linkHash).orElse(Canonical.GENESIS);
                          String recordHash = Canonical.recordHash(record);
                          String linkHash =
                              Canonical.linkHash(prev, projectId, seq, kind, recordId, recordHash);
                          ChainLink l =
                              new ChainLink(
                                  projectId, seq, kind, recordId, recordHash, prev, linkHash, at);
                          return linkRepository.insert(l).replaceWith(l);
                        }))
        .invoke(
            l ->
                LOG.infof(
                    "evidence appended project=%s seq=%d kind=%s record=%s",
                    projectId, l.seq(), kind, recordId));
  }

  public ChainReport verify(String projectId) {
    EvidenceChain.Stored stored = work.read(() -> chain.read(SessionRows.INSTANCE, projectId));
    // Media are files: they are rehashed outside the session, on this worker thread.
    ChainReport r = chain.check(stored);
    LOG.infof("evidence verified project=%s intact=%s links=%d", projectId, r.intact(), r.links());
    return r;
  }

  public List<ChainLink> links(String projectId) {
    return work.read(() -> linkRepository.chain(projectId));
  }
}
