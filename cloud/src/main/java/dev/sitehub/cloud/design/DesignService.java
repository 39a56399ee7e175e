package dev.sitehub.cloud.design;

import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.evidence.EvidenceService;
import dev.sitehub.cloud.evidence.RecordKind;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
  private final AgroalDataSource db;
  private final AttachmentStore store;
  private final AttachmentInspector inspector;
  private final EvidenceService evidence;
  private final Clock clock;
  private final Ids ids;

  public DesignService(
      AgroalDataSource db,
      AttachmentStore store,
      AttachmentConfig config,
      EvidenceService evidence,
      Clock clock,
      Ids ids) {
    this.db = db;
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
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO design_proposal (proposal_id, project_id, version, designer_id, notes,"
                    + " file_key, file_sha256, file_type, created_at) SELECT ?, ?,"
                    + " coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ? FROM design_proposal"
                    + " WHERE project_id = ?")) {
      ps.setString(1, id);
      ps.setString(2, p.projectId());
      ps.setString(3, designerId);
      ps.setString(4, r.notes() == null ? "" : r.notes().strip());
      ps.setString(5, file.key());
      ps.setString(6, file.sha256());
      ps.setString(7, type.name());
      ps.setTimestamp(8, Timestamp.from(clock.instant()));
      ps.setString(9, p.projectId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("proposal insert failed", e);
    }
    LOG.infof("design proposal uploaded project=%s proposal=%s", p.projectId(), id);
    return find(p, id);
  }

  public Proposal comment(Project p, String proposalId, CommentRequest r, String userId) {
    if (r == null || r.text() == null || r.text().isBlank() || r.text().length() > MAX_COMMENT) {
      throw ProblemException.badRequest("invalid-comment", "a comment has 1-4000 characters");
    }
    find(p, proposalId);
    exec(
        "INSERT INTO design_comment (comment_id, proposal_id, author_id, body, created_at)"
            + " VALUES (?,?,?,?,?)",
        ids.next("cmt"),
        proposalId,
        userId,
        r.text().strip(),
        Timestamp.from(clock.instant()));
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
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO design_confirmation (confirmation_id, project_id, proposal_id,"
                    + " confirmed_by, confirmed_at) VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")) {
          ps.setString(1, id);
          ps.setString(2, p.projectId());
          ps.setString(3, proposalId);
          ps.setString(4, userId);
          ps.setTimestamp(5, Timestamp.from(clock.instant()));
          if (ps.executeUpdate() == 0) {
            throw ProblemException.conflict(
                "design-already-confirmed", "this project's design is confirmed");
          }
        }
        evidence.append(c, p.projectId(), RecordKind.DESIGN_CONFIRMATION, id);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("design confirmation failed", e);
    }
    LOG.infof(
        "design confirmed project=%s proposal=%s confirmation=%s", p.projectId(), proposalId, id);
    return find(p, proposalId);
  }

  public List<Proposal> list(Project p) {
    List<Proposal> out = new ArrayList<>();
    for (String id : ids(p.projectId())) {
      out.add(find(p, id));
    }
    return out;
  }

  private List<String> ids(String projectId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT proposal_id FROM design_proposal WHERE project_id = ? ORDER BY version")) {
      ps.setString(1, projectId);
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("proposal read failed", e);
    }
  }

  private Proposal find(Project p, String proposalId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT d.proposal_id, d.project_id, d.version, d.designer_id, d.notes, d.file_key,"
                    + " d.file_sha256, d.file_type, d.created_at, f.confirmation_id IS NOT NULL"
                    + " FROM design_proposal d LEFT JOIN design_confirmation f"
                    + " ON f.proposal_id = d.proposal_id WHERE d.proposal_id = ? AND d.project_id = ?")) {
      ps.setString(1, proposalId);
      ps.setString(2, p.projectId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw ProblemException.notFound("proposal-not-found", "no such proposal in this project");
        }
        return new Proposal(
            rs.getString(1),
            rs.getString(2),
            rs.getInt(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            rs.getTimestamp(9).toInstant(),
            rs.getBoolean(10),
            comments(c, proposalId));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("proposal read failed", e);
    }
  }

  private static List<Proposal.Comment> comments(Connection c, String proposalId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT comment_id, author_id, body, created_at FROM design_comment WHERE proposal_id = ?"
                + " ORDER BY created_at, comment_id")) {
      ps.setString(1, proposalId);
      List<Proposal.Comment> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Proposal.Comment(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant()));
        }
      }
      return out;
    }
  }

  private void exec(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("design write failed", e);
    }
  }
}
