package dev.sitehub.cloud.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;

/**
 * Accepts time-lapse jobs and renders them in the background: selects the snapshots, samples them
 * down to the frame limit, encodes the MP4, stores it in the media store and records progress in
 * the job row, which any instance can read.
 */
public final class TimelapseService {
  private static final Logger LOG = Logger.getLogger(TimelapseService.class);
  private static final int PROGRESS_EVERY = 10;

  private final TimelapseJobs jobs;
  private final Snapshots snapshots;
  private final MediaStore store;
  private final TimelapseRenderer renderer;
  private final ExecutorService executor;
  private final int maxFrames;
  private final Clock clock;
  private final Duration abandonAfter;
  private final Set<UUID> mine = ConcurrentHashMap.newKeySet();

  public TimelapseService(
      TimelapseJobs jobs,
      Snapshots snapshots,
      MediaStore store,
      TimelapseRenderer renderer,
      ExecutorService executor,
      int maxFrames,
      Duration abandonAfter,
      Clock clock) {
    this.jobs = jobs;
    this.snapshots = snapshots;
    this.store = store;
    this.renderer = renderer;
    this.executor = executor;
    this.maxFrames = maxFrames;
    this.clock = clock;
    this.abandonAfter = abandonAfter;
  }

  /** Records the job as queued and starts it in the background. */
  public TimelapseJob submit(TimelapseRequest request) {
    TimelapseJob job = jobs.insert(UUID.randomUUID(), request, clock.instant());
    LOG.infof(
        "time-lapse queued job=%s site=%s camera=%s from=%s to=%s",
        job.id(), request.siteId(), request.cameraId(), request.from(), request.to());
    mine.add(job.id());
    try {
      executor.execute(() -> run(job.id(), request));
    } catch (RuntimeException e) {
      mine.remove(job.id());
      jobs.failed(job.id(), "not accepted: " + e.getClass().getSimpleName(), clock.instant());
      throw e;
    }
    return job;
  }

  /**
   * Heartbeat for the jobs queued or running on this instance, then fails every open job whose
   * instance has stopped beating; safe to run on all instances at once.
   */
  public int keepAliveAndSweep() {
    Instant now = clock.instant();
    jobs.touch(Set.copyOf(mine), now);
    int abandoned = jobs.abandonStale(now.minus(abandonAfter), now);
    if (abandoned > 0) {
      LOG.warnf("time-lapse jobs abandoned by a stopped instance: %d", abandoned);
    }
    return abandoned;
  }

  public Optional<TimelapseJob> find(String siteId, UUID id) {
    return jobs.find(siteId, id);
  }

  /** The site's newest time-lapse jobs, newest first, at most {@code limit}. */
  public List<TimelapseJob> recent(String siteId, int limit) {
    return jobs.recent(siteId, limit);
  }

  private void run(UUID id, TimelapseRequest r) {
    Path tmp = null;
    try {
      List<Snapshot> stills = sample(select(r));
      jobs.started(id, stills.size());
      if (stills.isEmpty()) {
        jobs.failed(id, "no snapshots in range", clock.instant());
        LOG.infof("time-lapse job=%s failed: no snapshots", id);
        return;
      }
      tmp = Files.createTempFile("timelapse-", ".mp4");
      int written =
          renderer.render(
              stills.size(),
              i -> read(stills.get(i)),
              r.fps(),
              tmp,
              done -> {
                if (done % PROGRESS_EVERY == 0) {
                  jobs.progress(id, done);
                }
              });
      if (written == 0) {
        jobs.failed(id, "no readable snapshots", clock.instant());
        return;
      }
      String key = MediaKeys.timelapse(r.siteId(), id);
      store.putFile(key, tmp, "video/mp4");
      jobs.done(id, stills.size(), key, Files.size(tmp), clock.instant());
      LOG.infof("time-lapse done job=%s frames=%d bytes=%d", id, written, Files.size(tmp));
    } catch (IOException | RuntimeException e) {
      LOG.errorf("time-lapse failed job=%s: %s", id, e.toString());
      jobs.failed(id, "render failed: " + e.getClass().getSimpleName(), clock.instant());
    } finally {
      mine.remove(id);
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          LOG.debugf("temp file not deleted job=%s", id);
        }
      }
    }
  }

  private List<Snapshot> select(TimelapseRequest r) {
    Instant from = r.from().atStartOfDay(r.zone()).toInstant();
    Instant to = r.to().plusDays(1).atStartOfDay(r.zone()).toInstant();
    // Read a bounded superset; sampling below brings it down to maxFrames evenly.
    return snapshots.search(
        new SnapshotQuery(
            r.siteId(),
            Optional.of(r.cameraId()),
            Optional.of(from),
            Optional.of(to),
            r.reasons(),
            maxFrames * 20));
  }

  /** Keeps at most maxFrames stills, evenly spread over the list. */
  List<Snapshot> sample(List<Snapshot> all) {
    if (all.size() <= maxFrames) {
      return all;
    }
    List<Snapshot> out = new ArrayList<>(maxFrames);
    for (int i = 0; i < maxFrames; i++) {
      out.add(all.get((int) ((long) i * all.size() / maxFrames)));
    }
    return out;
  }

  private byte[] read(Snapshot s) throws IOException {
    Optional<InputStream> in = store.open(s.storageKey());
    if (in.isEmpty()) {
      return null;
    }
    try (InputStream stream = in.get()) {
      return stream.readAllBytes();
    }
  }
}
