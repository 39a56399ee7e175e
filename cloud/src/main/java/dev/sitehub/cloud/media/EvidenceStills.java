package dev.sitehub.cloud.media;

import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Picks archived camera stills for filed records and freezes them: the bytes are copied into the
 * content-addressed attachment store, because snapshot retention deletes archive files after days
 * while evidence must outlive it. A still whose bytes no longer match its recorded hash is never
 * frozen.
 */
@ApplicationScoped
public class EvidenceStills {
  private static final Logger LOG = Logger.getLogger(EvidenceStills.class);
  private final Snapshots snapshots;
  private final MediaStore store;
  private final AttachmentStore evidence;

  public EvidenceStills(Snapshots snapshots, MediaStore store, AttachmentStore evidence) {
    this.snapshots = snapshots;
    this.store = store;
    this.evidence = evidence;
  }

  /** Freezes one archived still; empty when its file is gone or no longer matches its hash. */
  public Optional<FrozenStill> freeze(Snapshot s) {
    byte[] bytes;
    try {
      Optional<InputStream> in = store.open(s.storageKey());
      if (in.isEmpty()) {
        LOG.warnf("snapshot file missing site=%s snapshot=%d", s.siteId(), s.id());
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        bytes = stream.readAllBytes();
      }
    } catch (IOException e) {
      LOG.warnf("snapshot unreadable site=%s snapshot=%d: %s", s.siteId(), s.id(), e.getMessage());
      return Optional.empty();
    }
    if (!SnapshotArchive.sha256(bytes).equals(s.sha256())) {
      LOG.warnf("snapshot does not match its hash site=%s snapshot=%d", s.siteId(), s.id());
      return Optional.empty();
    }
    StoredAttachment copy = evidence.put(bytes, AttachmentType.JPEG);
    return Optional.of(
        new FrozenStill(
            s.id(), s.deviceId(), s.cameraId(), s.takenAt(), copy.key(), copy.sha256()));
  }
}
