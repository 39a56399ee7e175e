package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.attachments.AttachmentStore;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** The application's evidence chain: features append inside their transactions; anyone verifies. */
@ApplicationScoped
public class EvidenceService {
  private static final Logger LOG = Logger.getLogger(EvidenceService.class);
  private final AgroalDataSource db;
  private final EvidenceChain chain;
  private final Clock clock;

  public EvidenceService(AgroalDataSource db, AttachmentStore store, Clock clock) {
    this.db = db;
    this.chain = new EvidenceChain(StandardSources.all(), store::get);
    this.clock = clock;
  }

  /** Appends a filed record in the caller's transaction. */
  public ChainLink append(Connection c, String projectId, RecordKind kind, String recordId)
      throws SQLException {
    ChainLink l = chain.append(c, projectId, kind, recordId, clock.instant());
    LOG.infof(
        "evidence appended project=%s seq=%d kind=%s record=%s",
        projectId, l.seq(), kind, recordId);
    return l;
  }

  public ChainReport verify(String projectId) {
    try (Connection c = db.getConnection()) {
      ChainReport r = chain.verify(c, projectId);
      LOG.infof(
          "evidence verified project=%s intact=%s links=%d", projectId, r.intact(), r.links());
      return r;
    } catch (SQLException e) {
      throw new IllegalStateException("evidence verification failed", e);
    }
  }

  public List<ChainLink> links(String projectId) {
    try (Connection c = db.getConnection()) {
      return chain.links(c, projectId);
    } catch (SQLException e) {
      throw new IllegalStateException("evidence read failed", e);
    }
  }
}
