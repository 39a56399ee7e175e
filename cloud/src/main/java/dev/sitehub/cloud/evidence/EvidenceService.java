package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The application's evidence chain: features append inside their transactions, each new head signed
 * with the server's evidence key; anyone verifies, optionally against a head receipt.
 */
@ApplicationScoped
public class EvidenceService {
  private static final Logger LOG = Logger.getLogger(EvidenceService.class);
  private final UnitOfWork work;
  private final EvidenceLinkRepository linkRepository;
  private final EvidenceChain chain;
  private final Clock clock;
  private final EvidenceSigner signer;

  EvidenceService(
      UnitOfWork work,
      EvidenceLinkRepository linkRepository,
      AttachmentStore store,
      Clock clock,
      EvidenceSigner signer) {
    this.work = work;
    this.linkRepository = linkRepository;
    this.chain = new EvidenceChain(EvidenceSources.installed(), store::get);
    this.clock = clock;
    this.signer = signer;
  }

  /**
   * Appends a filed record in the caller's unit of work, hashing it as the caller's transaction
   * holds it now; a record already in the chain is not appended twice. Returns the link.
   */
  public Uni<ChainLink> appending(String projectId, RecordKind kind, String recordId) {
    // The append time is hashed: keep only what timestamptz stores, so it reads back the same.
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
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
                          ChainLink l =
                              signed(
                                  new ChainLink(
                                      projectId,
                                      seq,
                                      kind,
                                      recordId,
                                      Canonical.recordHash(record),
                                      prev,
                                      null,
                                      at,
                                      Canonical.HASH_VERSION,
                                      null,
                                      null));
                          return linkRepository
                              .publish(signer.published(true), at)
                              .chain(() -> linkRepository.insert(l))
                              .replaceWith(l);
                        }))
        .invoke(
            l ->
                LOG.infof(
                    "evidence appended project=%s seq=%d kind=%s record=%s key=%s",
                    projectId, l.seq(), kind, recordId, l.keyId()));
  }

  /** The link with its hash under the current rule and the signature of the head it makes. */
  private ChainLink signed(ChainLink l) {
    String hash = Canonical.linkHash(l.hashVersion(), l, l.prevHash());
    ChainLink hashed =
        new ChainLink(
            l.projectId(),
            l.seq(),
            l.kind(),
            l.recordId(),
            l.recordHash(),
            l.prevHash(),
            hash,
            l.appendedAt(),
            l.hashVersion(),
            null,
            null);
    HeadReceipt r = signer.signHead(hashed);
    return new ChainLink(
        l.projectId(),
        l.seq(),
        l.kind(),
        l.recordId(),
        l.recordHash(),
        l.prevHash(),
        hash,
        l.appendedAt(),
        l.hashVersion(),
        r.keyId(),
        r.signature());
  }

  public ChainReport verify(String projectId) {
    return verify(projectId, null);
  }

  /**
   * Recomputes the chain against the published keys and, when {@code receiptText} is given (a head
   * receipt as {@link ChainReport#receipt()} handed it out), checks that the chain still holds that
   * head. A text that is not a receipt is refused (400 {@code evidence-receipt-malformed}).
   */
  public ChainReport verify(String projectId, String receiptText) {
    HeadReceipt receipt = null;
    if (receiptText != null && !receiptText.isBlank()) {
      receipt =
          HeadReceipt.parse(receiptText)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "evidence-receipt-malformed",
                          "the receipt is not a line starting with " + HeadReceipt.PREFIX));
    }
    EvidenceChain.Stored stored = work.read(() -> chain.read(SessionRows.INSTANCE, projectId));
    // Media are files: they are rehashed outside the session, on this worker thread.
    ChainReport r = chain.check(stored, TrustedKeys.of(stored.keys()), receipt);
    LOG.infof(
        "evidence verified project=%s intact=%s links=%d receipt=%s",
        projectId, r.intact(), r.links(), receipt == null ? "none" : receipt.seq());
    return r;
  }

  public List<ChainLink> links(String projectId) {
    return work.read(() -> linkRepository.chain(projectId));
  }

  /** Every key that signed a head, oldest first, and the one signing now, marked current. */
  public List<PublishedKey> keys() {
    List<PublishedKey> listed = work.read(() -> chain.keys(SessionRows.INSTANCE));
    List<PublishedKey> out = new ArrayList<>();
    boolean currentListed = false;
    for (PublishedKey k : listed) {
      boolean current = k.keyId().equals(signer.keyId());
      currentListed |= current;
      out.add(new PublishedKey(k.keyId(), k.algorithm(), k.publicKey(), current));
    }
    if (!currentListed) {
      out.add(signer.published(true));
    }
    return out;
  }
}
