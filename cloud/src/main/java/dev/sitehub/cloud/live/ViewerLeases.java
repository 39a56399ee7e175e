package dev.sitehub.cloud.live;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Viewer leases in PostgreSQL (table live_viewer_lease): every instance writes one row per open
 * socket and renews its rows, so counting unexpired rows counts viewers across all instances, and
 * the viewers of a crashed instance disappear when their leases expire.
 */
@ApplicationScoped
class ViewerLeases {
  private final ViewerLeaseRepository repository;
  private final UnitOfWork work;

  ViewerLeases(ViewerLeaseRepository repository, UnitOfWork work) {
    this.repository = repository;
    this.work = work;
  }

  void open(String viewerId, String instanceId, CameraKey c, String userId, Instant expiresAt) {
    work.write(() -> repository.open(new ViewerLease(viewerId, instanceId, c, userId, expiresAt)));
  }

  void close(String viewerId) {
    work.write(() -> repository.close(viewerId));
  }

  /** Extends every lease held by the instance; returns how many it holds. */
  int renew(String instanceId, Instant expiresAt) {
    return work.write(() -> repository.renew(instanceId, expiresAt));
  }

  /** Viewers of the camera on all instances whose lease is still valid at {@code now}. */
  public int count(CameraKey c, Instant now) {
    return work.read(() -> repository.count(c, now)).intValue();
  }

  /** Every camera that has at least one valid lease, on any instance. */
  List<CameraKey> watched(Instant now) {
    return work.read(() -> repository.watched(now));
  }

  /** Removes leases that expired before {@code cutoff}: rows left by crashed instances. */
  int purge(Instant cutoff) {
    return work.write(() -> repository.purge(cutoff)).intValue();
  }

  /**
   * Claims the right to send the next stream_start for a camera: succeeds when no instance has
   * asked yet, or when the last request ends before {@code renewIfBefore}. The row lock makes
   * exactly one of N racing instances win.
   */
  boolean claimStreamRequest(CameraKey c, Instant until, Instant renewIfBefore) {
    return work.write(() -> repository.claimStreamRequest(c, until, renewIfBefore));
  }

  /** Forgets a claim whose command could not be sent, so the next tick tries again. */
  void releaseStreamRequest(CameraKey c) {
    work.write(() -> repository.releaseStreamRequest(c));
  }

  /** Whether a stream was requested for the camera until after {@code now}. */
  boolean streamRequested(CameraKey c, Instant now) {
    return work.read(() -> repository.streamRequested(c, now));
  }
}
