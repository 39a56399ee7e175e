package dev.sitehub.cloud.telemetry;

import dev.sitehub.cloud.mqtt.Acker;
import dev.sitehub.cloud.mqtt.Delivery;
import dev.sitehub.cloud.mqtt.DeliveryPipeline;
import dev.sitehub.protocol.Decoded;
import dev.sitehub.protocol.Inbound;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.ParsedTopic;
import dev.sitehub.protocol.RejectReason;
import dev.sitehub.protocol.Rejection;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.DeviceStatus;
import dev.sitehub.protocol.message.Heartbeat;
import dev.sitehub.protocol.message.TelemetryBatch;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The no-loss ingestion loop. Deliveries are decoded on the thread that receives them and wait in a
 * bounded lane (a full lane blocks the MQTT callback: back-pressure). There is one lane per {@link
 * IngestConfig#writers()} worker and a device's messages always take the same lane, so one writer
 * sees a device's sequence numbers in arrival order and two writers never judge the same device's
 * gaps at once. Each worker takes micro-batches bounded by count and time, authorizes them, writes
 * them in one transaction, and only then acknowledges them; observers (alerts) run after that on
 * their own thread. A failed write is retried with backoff until it succeeds or the pipeline stops;
 * nothing is acked meanwhile, so a crash means redelivery, which the (device, seq) dedupe absorbs.
 */
final class IngestPipeline implements DeliveryPipeline {
  private static final Logger LOG = Logger.getLogger(IngestPipeline.class);

  private final List<BlockingQueue<Received>> lanes;
  private final IngestConfig config;
  private final MessageCodec codec;
  private final DeviceDirectory directory;
  private final TelemetryWriter writer;
  private final IngestMetrics metrics;
  private final RejectLog rejectLog;
  private final Acker acker;
  private final ObserverFeed observers;
  private final List<Thread> workers;
  private volatile boolean running = true;

  /** A pipeline without observers (tests of the loop itself). */
  public IngestPipeline(
      IngestConfig config,
      MessageCodec codec,
      DeviceDirectory directory,
      TelemetryWriter writer,
      IngestMetrics metrics,
      RejectLog rejectLog,
      Acker acker) {
    this(config, codec, directory, writer, metrics, rejectLog, acker, List.of());
  }

  public IngestPipeline(
      IngestConfig config,
      MessageCodec codec,
      DeviceDirectory directory,
      TelemetryWriter writer,
      IngestMetrics metrics,
      RejectLog rejectLog,
      Acker acker,
      List<IngestObserver> observers) {
    this.config = config;
    int writers = Math.max(1, config.writers());
    List<BlockingQueue<Received>> l = new ArrayList<>(writers);
    for (int i = 0; i < writers; i++) {
      l.add(new ArrayBlockingQueue<>(Math.max(1, config.queueCapacity() / writers)));
    }
    this.lanes = List.copyOf(l);
    this.codec = codec;
    this.directory = directory;
    this.writer = writer;
    this.metrics = metrics;
    this.rejectLog = rejectLog;
    this.acker = acker;
    this.observers = new ObserverFeed(observers);
    List<Thread> w = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      BlockingQueue<Received> lane = lanes.get(i);
      Thread t = new Thread(() -> run(lane), i == 0 ? "ingest-writer" : "ingest-writer-" + i);
      t.setDaemon(true);
      w.add(t);
    }
    this.workers = List.copyOf(w);
  }

  public void start() {
    observers.start();
    workers.forEach(Thread::start);
  }

  /**
   * Decodes a delivery on the calling thread and queues it, blocking while the queue is full. The
   * decode is a pure function of topic and payload, so it is safe before the write and its retries.
   */
  public void offer(Delivery d) throws InterruptedException {
    Decoded<ParsedTopic> topic = Topics.parse(d.topic());
    Decoded<Inbound> in = topic.isOk() ? codec.decodeInbound(topic.value(), d.payload()) : null;
    String device =
        topic.isOk() && topic.value().deviceId() != null ? topic.value().deviceId() : d.topic();
    lanes.get(Math.floorMod(device.hashCode(), lanes.size())).put(new Received(d, topic, in));
  }

  public int queued() {
    return lanes.stream().mapToInt(BlockingQueue::size).sum();
  }

  /** Stops the workers; whatever is queued or unwritten stays unacknowledged. */
  @Override
  public void close() {
    running = false;
    workers.forEach(Thread::interrupt);
    observers.close();
  }

  private void run(BlockingQueue<Received> queue) {
    while (running) {
      try {
        List<Received> batch = nextBatch(queue);
        if (!batch.isEmpty()) {
          process(batch);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Never let the consumer die; the batch stays unacked and will be redelivered.
        LOG.errorf(e, "ingest worker error");
      }
    }
  }

  private List<Received> nextBatch(BlockingQueue<Received> queue) throws InterruptedException {
    List<Received> batch = new ArrayList<>();
    Received first = queue.poll(500, TimeUnit.MILLISECONDS);
    if (first == null) {
      return batch;
    }
    batch.add(first);
    long deadline = System.nanoTime() + config.batchMaxDelay().toNanos();
    while (batch.size() < config.batchMaxMessages()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      Received d = queue.poll(left, TimeUnit.NANOSECONDS);
      if (d == null) {
        break;
      }
      batch.add(d);
      queue.drainTo(batch, config.batchMaxMessages() - batch.size());
    }
    return batch;
  }

  private void process(List<Received> batch) throws InterruptedException {
    long delay = 100;
    List<Accepted> fresh = List.of();
    while (running) {
      long start = System.nanoTime();
      try {
        List<Accepted> accepted = new ArrayList<>(batch.size());
        List<String> rejected = new ArrayList<>();
        List<Rejection> reasons = new ArrayList<>();
        for (Received d : batch) {
          Accepted a = classify(d, rejected, reasons);
          if (a != null) {
            accepted.add(a);
          }
        }
        WriteResult r = accepted.isEmpty() ? WriteResult.empty() : writer.write(accepted);
        fresh = r.fresh();
        // Counted only once the batch commits, so a retried batch is not counted twice.
        for (int i = 0; i < reasons.size(); i++) {
          metrics.reject(reasons.get(i).reason());
          rejectLog.rejected(rejected.get(i), reasons.get(i));
        }
        metrics.stored(r.readings(), r.events(), r.duplicates(), r.gaps());
        metrics.batch(Duration.ofNanos(System.nanoTime() - start));
        break;
      } catch (SQLException | RuntimeException e) {
        metrics.writeFailed();
        LOG.warnf(
            "ingest write failed messages=%d, retry in %d ms: %s",
            batch.size(), delay, e.toString());
        Thread.sleep(delay);
        delay = Math.min(delay * 2, config.maxRetryDelay().toMillis());
      }
    }
    if (!running) {
      return;
    }
    for (Received r : batch) {
      Delivery d = r.delivery();
      if (acker.ack(d)) {
        metrics.acked(d.receivedNanos());
      }
    }
    // After the ack: alerting reads committed data and must not delay the broker's flow control.
    observers.stored(fresh);
  }

  /** Authorizes one decoded delivery; rejects are counted, logged and return null. */
  private Accepted classify(Received d, List<String> sources, List<Rejection> reasons) {
    Decoded<ParsedTopic> topic = d.topic();
    if (!topic.isOk()) {
      reject(sources, reasons, "unparsable-topic", topic.rejection());
      return null;
    }
    ParsedTopic t = topic.value();
    Decoded<Inbound> in = d.inbound();
    String source = t.deviceId() != null ? t.deviceId() : "client-" + t.clientId();
    if (!in.isOk()) {
      reject(sources, reasons, source, in.rejection());
      return null;
    }
    if (t.deviceId() == null || !directory.isAllowed(t.siteId(), t.deviceId())) {
      reject(
          sources,
          reasons,
          source,
          new Rejection(RejectReason.UNKNOWN_DEVICE, "not registered for this site"));
      return null;
    }
    Object m = in.value().message();
    if (m instanceof TelemetryBatch b) {
      return new Accepted.Telemetry(t.siteId(), b);
    } else if (m instanceof DeviceEvent e) {
      return new Accepted.Event(t.siteId(), e);
    } else if (m instanceof DeviceStatus s) {
      return new Accepted.Status(t.siteId(), s);
    } else if (m instanceof Heartbeat h) {
      return new Accepted.Health(t.siteId(), h);
    }
    // Command results are consumed by a later issue; acknowledged and counted for now.
    reject(
        sources,
        reasons,
        source,
        new Rejection(RejectReason.BAD_TOPIC, t.kind() + " not ingested"));
    return null;
  }

  private static void reject(
      List<String> sources, List<Rejection> reasons, String source, Rejection r) {
    sources.add(source);
    reasons.add(r);
  }
}
