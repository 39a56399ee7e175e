package dev.sitehub.edge.uplink;

import dev.sitehub.edge.config.FsyncPolicy;
import dev.sitehub.edge.config.OutboxSettings;
import dev.sitehub.protocol.MessageCodec;
import dev.sitehub.protocol.Topics;
import dev.sitehub.protocol.message.DeviceEvent;
import dev.sitehub.protocol.message.EventState;
import dev.sitehub.protocol.message.EventType;
import dev.sitehub.protocol.message.SeqRange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * The disk-backed store-and-forward queue: every event, telemetry batch and status is appended here
 * before it is sent, and removed only when the broker acknowledges it. It owns the device sequence
 * counter, replays by lane priority, and when the disk cap is reached drops the oldest telemetry
 * segment and appends a GAP event naming exactly the lost sequence numbers. Thread-safe.
 */
public final class Outbox implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

  private record Loc(Segment segment, long offset, int bodyLength, long seq) {}

  private final OutboxSettings settings;
  private final String siteId;
  private final String deviceId;
  private final MessageCodec codec;
  private final Clock clock;
  private final SequenceFile highWater;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition available = lock.newCondition();
  private final Map<Lane, TreeMap<Long, Loc>> pending = new EnumMap<>(Lane.class);
  private final Map<Lane, TreeMap<Long, Loc>> inFlight = new EnumMap<>(Lane.class);
  private final Map<Lane, ArrayDeque<Segment>> segments = new EnumMap<>(Lane.class);
  private final Map<String, Long> dropped = new ConcurrentHashMap<>();
  private long nextId;
  private long nextSeq;
  private long bytes;
  private boolean closed;

  private Outbox(
      OutboxSettings settings, String siteId, String deviceId, MessageCodec codec, Clock clock) {
    this.settings = settings;
    this.siteId = siteId;
    this.deviceId = deviceId;
    this.codec = codec;
    this.clock = clock;
    this.highWater = new SequenceFile(settings.dir().resolve("seq"));
    for (Lane l : Lane.values()) {
      pending.put(l, new TreeMap<>());
      inFlight.put(l, new TreeMap<>());
      segments.put(l, new ArrayDeque<>());
    }
  }

  /** Opens (and recovers) the outbox in {@code settings.dir()} for one device. */
  public static Outbox open(
      OutboxSettings settings, String siteId, String deviceId, MessageCodec codec, Clock clock) {
    Outbox o = new Outbox(settings, siteId, deviceId, codec, clock);
    try {
      Files.createDirectories(settings.dir());
      o.recover();
    } catch (IOException e) {
      throw new OutboxCorruptionException("cannot open outbox " + settings.dir(), e);
    }
    return o;
  }

  private void recover() throws IOException {
    long maxSeq = highWater.read();
    long maxId = -1;
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(settings.dir())) {
      ds.forEach(files::add);
    }
    files.sort(null);
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".seg.ack") && !Files.exists(f.resolveSibling(name.replace(".ack", "")))) {
        Files.deleteIfExists(f);
      }
      if (!name.endsWith(".seg")) {
        continue;
      }
      int dash = name.lastIndexOf('-');
      Lane lane = laneOf(name.substring(0, dash));
      long firstId = Long.parseLong(name.substring(dash + 1, name.length() - 4));
      List<Segment.Scanned> records = new ArrayList<>();
      Set<Long> acked = new HashSet<>();
      Segment seg = Segment.recover(f, lane, firstId, records, acked);
      for (Segment.Scanned r : records) {
        boolean live = !acked.contains(r.id());
        seg.countRecovered(r.seq(), live);
        if (live) {
          pending.get(lane).put(r.id(), new Loc(seg, r.offset(), r.bodyLength(), r.seq()));
        }
        maxId = Math.max(maxId, r.id());
        maxSeq = Math.max(maxSeq, r.seq());
      }
      bytes += seg.size();
      segments.get(lane).addLast(seg);
      if (seg.live() <= 0) {
        retire(seg);
      }
    }
    nextId = Math.max(maxId + 1, 0);
    nextSeq = maxSeq + 1;
    LOG.log(
        Level.INFO,
        "outbox opened device="
            + deviceId
            + " pending="
            + depth()
            + " bytes="
            + bytes
            + " nextSeq="
            + nextSeq);
  }

  private static Lane laneOf(String fileName) {
    for (Lane l : Lane.values()) {
      if (l.fileName().equals(fileName)) {
        return l;
      }
    }
    throw new OutboxCorruptionException("unknown lane file " + fileName, new IOException());
  }

  /**
   * Appends a message. For sequenced lanes the next device sequence number is passed to {@code
   * payloadForSeq}, so the payload and the counter can never disagree; returns that number, or -1
   * for status.
   */
  public long append(
      Lane lane, String topic, int qos, boolean retain, LongFunction<byte[]> payloadForSeq) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("outbox closed");
      }
      long seq = lane.sequenced() ? nextSeq++ : -1;
      byte[] payload = payloadForSeq.apply(seq);
      List<SeqRange> lost = write(lane, topic, qos, retain, seq, payload);
      if (lane == Lane.STATUS) {
        supersedeOlderStatus();
      }
      for (SeqRange r : lost) {
        appendGap(r);
      }
      available.signalAll();
      return seq;
    } catch (IOException e) {
      throw new OutboxCorruptionException("append failed", e);
    } finally {
      lock.unlock();
    }
  }

  private void appendGap(SeqRange range) throws IOException {
    long seq = nextSeq++;
    DeviceEvent gap =
        new DeviceEvent(
            deviceId,
            seq,
            clock.instant(),
            EventType.GAP,
            "outbox",
            EventState.PULSE,
            Map.of("reason", "disk_cap", "count", Long.toString(range.count())),
            range);
    LOG.log(
        Level.WARNING,
        "outbox full, dropped device="
            + deviceId
            + " seq="
            + range.from()
            + ".."
            + range.to()
            + " gapSeq="
            + seq);
    List<SeqRange> more =
        write(Lane.EVENT, Topics.event(siteId, deviceId), 1, false, seq, codec.encode(gap));
    for (SeqRange r : more) {
      appendGap(r);
    }
  }

  private List<SeqRange> write(
      Lane lane, String topic, int qos, boolean retain, long seq, byte[] payload)
      throws IOException {
    long id = nextId++;
    byte[] record = Segment.encode(id, seq, qos, retain, topic, payload);
    if (record.length > settings.maxBytes()) {
      throw new IllegalArgumentException("record larger than outbox.max-bytes");
    }
    List<Long> lostSeqs = new ArrayList<>();
    while (bytes + record.length > settings.maxBytes()) {
      // Events are never dropped: a full disk of events fails loudly instead.
      if (!dropOldest(Lane.TELEMETRY, lostSeqs) && !dropOldest(Lane.STATUS, lostSeqs)) {
        throw new OutboxFullException("outbox cannot free space for a " + lane + " record");
      }
    }
    Segment seg = activeSegment(lane, id, record.length);
    long offset = seg.append(record, seq);
    bytes += record.length;
    pending.get(lane).put(id, new Loc(seg, offset, record.length - Segment.HEADER, seq));
    if (settings.fsync() == FsyncPolicy.ALWAYS || lane == Lane.EVENT) {
      seg.force();
    }
    return runs(lostSeqs);
  }

  private Segment activeSegment(Lane lane, long id, int recordLength) throws IOException {
    ArrayDeque<Segment> q = segments.get(lane);
    Segment last = q.peekLast();
    if (last != null && !last.sealed() && last.size() + recordLength <= settings.segmentBytes()) {
      return last;
    }
    if (last != null && !last.sealed()) {
      last.seal();
      if (last.live() <= 0) {
        retire(last);
      }
    }
    Segment s = Segment.create(settings.dir(), lane, id);
    q.addLast(s);
    return s;
  }

  /** Drops the lane's oldest segment with anything pending; false when there is none. */
  private boolean dropOldest(Lane lane, List<Long> lostSeqs) throws IOException {
    Segment victim = null;
    for (Segment s : segments.get(lane)) {
      if (s.live() > 0) {
        victim = s;
        break;
      }
    }
    if (victim == null) {
      return false;
    }
    victim.seal();
    long n = 0;
    for (TreeMap<Long, Loc> m : List.of(pending.get(lane), inFlight.get(lane))) {
      var it = m.values().iterator();
      while (it.hasNext()) {
        Loc loc = it.next();
        if (loc.segment() == victim) {
          it.remove();
          victim.forget();
          n++;
          if (lane.sequenced()) {
            lostSeqs.add(loc.seq());
          }
        }
      }
    }
    dropped.merge(lane.dropKey(), n, Long::sum);
    retire(victim);
    return true;
  }

  /** Deletes a segment with nothing pending, after saving its highest sequence number. */
  private void retire(Segment s) throws IOException {
    if (!s.sealed()) {
      return;
    }
    if (s.maxSeq() >= 0) {
      highWater.raiseTo(s.maxSeq());
    }
    segments.get(s.lane()).remove(s);
    bytes -= s.size();
    s.delete();
  }

  private static List<SeqRange> runs(List<Long> seqs) {
    List<SeqRange> out = new ArrayList<>();
    if (seqs.isEmpty()) {
      return out;
    }
    seqs.sort(null);
    long from = seqs.get(0);
    long prev = from;
    for (int i = 1; i < seqs.size(); i++) {
      long s = seqs.get(i);
      if (s != prev + 1) {
        out.add(new SeqRange(from, prev));
        from = s;
      }
      prev = s;
    }
    out.add(new SeqRange(from, prev));
    return out;
  }

  /** A newer retained status makes older unsent ones pointless; they are acked away. */
  private void supersedeOlderStatus() throws IOException {
    TreeMap<Long, Loc> p = pending.get(Lane.STATUS);
    while (p.size() > 1) {
      var first = p.pollFirstEntry();
      ackLoc(first.getKey(), first.getValue());
    }
  }

  /**
   * Takes the highest-priority pending entry and marks it in flight; the record is forced to disk
   * first, so nothing the broker has seen can be forgotten by a power cut. Waits up to {@code
   * timeoutMillis} when empty.
   */
  public Optional<OutboxEntry> next(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    lock.lock();
    try {
      while (!closed) {
        for (Lane lane : Lane.values()) {
          var e = pending.get(lane).pollFirstEntry();
          if (e != null) {
            Loc loc = e.getValue();
            inFlight.get(lane).put(e.getKey(), loc);
            try {
              loc.segment().forceTo(loc.offset() + Segment.HEADER + loc.bodyLength());
              return Optional.of(loc.segment().read(loc.offset(), loc.bodyLength()));
            } catch (IOException ex) {
              throw new OutboxCorruptionException("read failed", ex);
            }
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        available.awaitNanos(left);
      }
      return Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  /** The broker acknowledged the entry: remove it for good. Unknown ids are ignored. */
  public void ack(long id) {
    lock.lock();
    try {
      for (Lane lane : Lane.values()) {
        Loc loc = inFlight.get(lane).remove(id);
        if (loc == null) {
          loc = pending.get(lane).remove(id);
        }
        if (loc != null) {
          ackLoc(id, loc);
          return;
        }
      }
    } catch (IOException e) {
      throw new OutboxCorruptionException("ack failed", e);
    } finally {
      lock.unlock();
    }
  }

  private void ackLoc(long id, Loc loc) throws IOException {
    if (loc.segment().ack(id)) {
      retire(loc.segment());
    }
  }

  /** Returns every in-flight entry to pending, in order, for example after a disconnect. */
  public void releaseInFlight() {
    lock.lock();
    try {
      for (Lane lane : Lane.values()) {
        pending.get(lane).putAll(inFlight.get(lane));
        inFlight.get(lane).clear();
      }
      available.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Forces every lane to disk; the agent calls it every {@code outbox.fsync-interval-ms}. */
  public void sync() {
    lock.lock();
    try {
      for (ArrayDeque<Segment> q : segments.values()) {
        Segment last = q.peekLast();
        if (last != null && !last.sealed()) {
          last.force();
        }
      }
    } catch (IOException e) {
      throw new OutboxCorruptionException("sync failed", e);
    } finally {
      lock.unlock();
    }
  }

  /** Entries not yet acknowledged, in flight or not. */
  public long depth() {
    lock.lock();
    try {
      long n = 0;
      for (Lane l : Lane.values()) {
        n += pending.get(l).size() + inFlight.get(l).size();
      }
      return n;
    } finally {
      lock.unlock();
    }
  }

  public long inFlightCount() {
    lock.lock();
    try {
      return inFlight.values().stream().mapToLong(Map::size).sum();
    } finally {
      lock.unlock();
    }
  }

  /** Bytes of segment files on disk. */
  public long bytesOnDisk() {
    lock.lock();
    try {
      return bytes;
    } finally {
      lock.unlock();
    }
  }

  /** The sequence number the next event or telemetry batch will get. */
  public long nextSeq() {
    lock.lock();
    try {
      return nextSeq;
    } finally {
      lock.unlock();
    }
  }

  /** Counts of dropped entries by cause, for heartbeats. */
  public Map<String, Long> dropped() {
    return Map.copyOf(dropped);
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      available.signalAll();
      for (ArrayDeque<Segment> q : segments.values()) {
        for (Segment s : q) {
          if (!s.sealed()) {
            s.force();
          }
          s.close();
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "outbox close failed device=" + deviceId + ": " + e);
    } finally {
      lock.unlock();
    }
  }
}
