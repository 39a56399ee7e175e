package dev.sitehub.cloud.media;

import dev.sitehub.cloud.common.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/** Wires the media archive from configuration; the classes themselves stay framework-free. */
@ApplicationScoped
class MediaBeans {
  private static final Logger LOG = Logger.getLogger(MediaBeans.class);

  @Produces
  @Singleton
  MediaStore mediaStore(MediaConfig config) {
    MediaStore store =
        switch (config.store()) {
          case "filesystem" -> new FileSystemMediaStore(Path.of(config.root()));
          case "s3" -> S3MediaStore.from(config.s3());
          default ->
              throw new IllegalArgumentException(
                  "sitehub.media.store must be filesystem or s3, not " + config.store());
        };
    LOG.infof("media store kind=%s", store.kind());
    return store;
  }

  void closeMediaStore(@Disposes MediaStore store) {
    if (store instanceof S3MediaStore s3) {
      s3.close();
    }
  }

  @Produces
  @Singleton
  Snapshots snapshots(SnapshotRepository repository, UnitOfWork work) {
    return new Snapshots(repository, work);
  }

  @Produces
  @Singleton
  SnapshotArchive snapshotArchive(MediaStore store, Snapshots repo, Clock clock) {
    return new SnapshotArchive(store, repo, clock);
  }

  @Produces
  @Singleton
  SnapshotRetention snapshotRetention(
      Snapshots repo, MediaStore store, MediaConfig config, Clock clock) {
    return new SnapshotRetention(repo, store, RetentionPolicy.from(config.retention()), clock);
  }

  @Produces
  @Singleton
  SnapshotRequests snapshotRequests(
      SnapshotRequestRepository repository,
      UnitOfWork work,
      DeviceCommandSender commands,
      MediaConfig config,
      Clock clock) {
    return new SnapshotRequests(repository, work, commands, config.snapshotCommandTtl(), clock);
  }

  @Produces
  @Singleton
  TimelapseJobs timelapseJobs(TimelapseRepository repository, UnitOfWork work) {
    return new TimelapseJobs(repository, work);
  }

  @Produces
  @Singleton
  TimelapseService timelapseService(
      TimelapseJobs jobs, Snapshots snapshots, MediaStore store, MediaConfig config, Clock clock) {
    // One render at a time per instance: encoding is CPU-bound and the box has few cores.
    ExecutorService renders =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "timelapse-render");
              t.setDaemon(true);
              return t;
            });
    return new TimelapseService(
        jobs,
        snapshots,
        store,
        new TimelapseRenderer(config.timelapse().width(), config.timelapse().height()),
        renders,
        config.timelapse().maxFrames(),
        config.timelapse().abandonAfter(),
        clock);
  }
}
