package dev.sitehub.cloud.design;

import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Design proposals: the designer uploads versions (image or PDF, content-checked), members comment,
 * and the customer confirms exactly one, which is filed in the evidence chain together with the
 * proposal file's hash.
 */
@ApplicationScoped
public class DesignService {
  /** The longest comment, in characters. */
  public static final int MAX_COMMENT = 4000;

  private static final Logger LOG = Logger.getLogger(DesignService.class);
  private final UnitOfWork work;
  private final DesignRepository proposals;
  private final AttachmentStore store;
  private final AttachmentInspector inspector;
  private final EvidenceService evidence;
  private final Clock clock;
  private final Ids ids;

  public DesignService(
      UnitOfWork work,
      DesignRepository proposals,
      AttachmentStore store,
      AttachmentConfig config,
      EvidenceService evidence,
      Clock clock,
      Ids ids) {
    this.work = work;
    this.proposals = proposals;
    this.store = store;
    this.inspector = new AttachmentInspector(config.maxBytes());
    this.evidence = evidence;
    this.clock = clock;
    this.ids = ids;
  }

  public Proposal upload(Project p, ProposalRequest r, String designerId) {
    if (r == null || r.fileBase64() == null) {
      throw ProblemException.badRequest(
          "proposal-file-required", "attach the proposal as an image or PDF");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(r.fileBase64());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("invalid-proposal-file", "fileBase64 is not base64");
    }
    AttachmentType type = inspector.inspect(r.fileName(), null, bytes);
    StoredAttachment file = store.put(bytes, type);
    String id = ids.next("dsg");
    String notes = r.notes() == null ? "" : r.notes().strip();
    work.write(
        () ->
            proposals.insertProposal(
                id,
                p.projectId(),
                designerId,
                notes,
                file.key(),
                file.sha256(),
                type,
                clock.instant()));
    LOG.infof("design proposal uploaded project=%s proposal=%s", p.projectId(), id);
    return find(p, id);
  }

  public Proposal comment(Project p, String proposalId, CommentRequest r, String userId) {
    if (r == null || r.text() == null || r.text().isBlank() || r.text().length() > MAX_COMMENT) {
      throw ProblemException.badRequest("invalid-comment", "a comment has 1-4000 characters");
    }
    find(p, proposalId);
    String id = ids.next("cmt");
    String body = r.text().strip();
    work.write(() -> proposals.insertComment(id, proposalId, userId, body, clock.instant()));
    return find(p, proposalId);
  }

  /** The customer confirms one version; a project has exactly one confirmed design. */
  public Proposal confirm(Project p, String proposalId, String userId) {
    if (!p.customerId().equals(userId)) {
      throw ProblemException.forbidden(
          "not-project-customer", "only the project's customer confirms a design");
    }
    find(p, proposalId);
    String id = ids.next("dcf");
    try {
      work.write(
          () ->
              proposals
                  .confirm(id, p.projectId(), proposalId, userId, clock.instant())
                  .chain(
                      confirmed -> {
                        if (!confirmed) {
                          throw alreadyConfirmed();
                        }
                        return evidence.appending(
                            p.projectId(), RecordKind.DESIGN_CONFIRMATION, id);
                      }));
    } catch (RuntimeException e) {
      // A confirmation committed between our check and our insert: the database kept the first.
      if (!UnitOfWork.isUniqueViolation(e)) {
        throw e;
      }
      throw alreadyConfirmed();
    }
    LOG.infof(
        "design confirmed project=%s proposal=%s confirmation=%s", p.projectId(), proposalId, id);
    return find(p, proposalId);
  }

  /**
   * A proposal's file to open or download: its bytes, media type and a file name made from the
   * version, for anyone the caller already let into the project.
   */
  public ProposalFile file(Project p, String proposalId) {
    Proposal x = find(p, proposalId);
    AttachmentType type =
        java.util.Arrays.stream(AttachmentType.values())
            .filter(t -> t.name().equals(x.fileType()) || t.mediaType().equals(x.fileType()))
            .findFirst()
            .orElseThrow(
                () -> ProblemException.notFound("proposal-file-missing", "unknown file type"));
    byte[] bytes =
        store
            .get(x.fileKey())
            .orElseThrow(
                () -> ProblemException.notFound("proposal-file-missing", "the file is missing"));
    return new ProposalFile(
        type.mediaType(), "design-v" + x.version() + "." + type.extensions().get(0), bytes);
  }

  /** A proposal file's media type, download name and bytes. */
  public record ProposalFile(String mediaType, String fileName, byte[] content) {}

  public List<Proposal> list(Project p) {
    return work.read(() -> proposals.list(p.projectId()));
  }

  private static ProblemException alreadyConfirmed() {
    return ProblemException.conflict(
        "design-already-confirmed", "this project's design is confirmed");
  }

  private Proposal find(Project p, String proposalId) {
    return work.read(() -> proposals.find(p.projectId(), proposalId))
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "proposal-not-found", "no such proposal in this project"));
  }
}
