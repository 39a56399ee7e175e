package dev.sitehub.cloud.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Wires the media archive from configuration; the classes themselves stay framework-free. */
@ApplicationScoped
public class MediaBeans {
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
  SnapshotRepository snapshotRepository(DataSource db) {
    return new SnapshotRepository(db);
  }

  @Produces
  @Singleton
  SnapshotArchive snapshotArchive(MediaStore store, SnapshotRepository repo, Clock clock) {
    return new SnapshotArchive(store, repo, clock);
  }

  @Produces
  @Singleton
  SnapshotRetention snapshotRetention(
      SnapshotRepository repo, MediaStore store, MediaConfig config, Clock clock) {
    return new SnapshotRetention(repo, store, RetentionPolicy.from(config.retention()), clock);
  }

  @Produces
  @Singleton
  SnapshotRequests snapshotRequests(
      DataSource db, DeviceCommandSender commands, MediaConfig config, Clock clock) {
    return new SnapshotRequests(db, commands, config.snapshotCommandTtl(), clock);
  }

  @Produces
  @Singleton
  TimelapseRepository timelapseRepository(DataSource db) {
    return new TimelapseRepository(db);
  }

  @Produces
  @Singleton
  TimelapseService timelapseService(
      TimelapseRepository jobs,
      SnapshotRepository snapshots,
      MediaStore store,
      MediaConfig config,
      Clock clock) {
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
