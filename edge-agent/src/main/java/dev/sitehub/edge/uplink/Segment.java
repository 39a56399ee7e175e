package dev.sitehub.edge.uplink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * One append-only segment file of a lane plus its ack file. Record layout: {@code int bodyLength,
 * int crc32c(body), body}; body is {@code long id, long seq, byte flags, short topicLength, topic,
 * payload}. The ack file is a list of acknowledged ids (8 bytes each). Not thread-safe: the outbox
 * serialises access.
 */
final class Segment {
  static final int HEADER = 8;
  static final int BODY_FIXED = 8 + 8 + 1 + 2;

  /** A record found when scanning a segment. */
  record Scanned(long id, long seq, long offset, int bodyLength) {}

  private final Lane lane;
  private final long firstId;
  private final Path file;
  private final Path ackFile;
  private final FileChannel channel;
  private FileChannel ackChannel;
  private long size;
  private long forcedTo;
  private int live;
  private long maxSeq = -1;
  private boolean sealed;

  private Segment(Lane lane, long firstId, Path file, FileChannel channel, long size) {
    this.lane = lane;
    this.firstId = firstId;
    this.file = file;
    this.ackFile = file.resolveSibling(file.getFileName() + ".ack");
    this.channel = channel;
    this.size = size;
    this.forcedTo = size;
  }

  static String fileName(Lane lane, long firstId) {
    return lane.fileName() + "-" + String.format("%020d", firstId) + ".seg";
  }

  static Segment create(Path dir, Lane lane, long firstId) throws IOException {
    Path f = dir.resolve(fileName(lane, firstId));
    FileChannel ch =
        FileChannel.open(
            f, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    return new Segment(lane, firstId, f, ch, 0);
  }

  /**
   * Opens an existing segment, truncating a torn tail (a record cut short or failing its CRC, as a
   * kill during a write leaves it), and reports every intact record and the acked ids.
   */
  static Segment recover(Path f, Lane lane, long firstId, List<Scanned> out, Set<Long> acked)
      throws IOException {
    FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
    long fileSize = ch.size();
    long pos = 0;
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    CRC32C crc = new CRC32C();
    while (pos + HEADER <= fileSize) {
      header.clear();
      readFully(ch, header, pos);
      header.flip();
      int len = header.getInt();
      int expected = header.getInt();
      if (len < BODY_FIXED || pos + HEADER + len > fileSize) {
        break;
      }
      ByteBuffer body = ByteBuffer.allocate(len);
      readFully(ch, body, pos + HEADER);
      crc.reset();
      crc.update(body.array(), 0, len);
      if ((int) crc.getValue() != expected) {
        break;
      }
      body.flip();
      out.add(new Scanned(body.getLong(), body.getLong(), pos, len));
      pos += HEADER + len;
    }
    if (pos < fileSize) {
      ch.truncate(pos);
      ch.force(true);
    }
    Segment s = new Segment(lane, firstId, f, ch, pos);
    s.sealed = true;
    if (Files.exists(s.ackFile)) {
      byte[] a = Files.readAllBytes(s.ackFile);
      ByteBuffer b = ByteBuffer.wrap(a);
      while (b.remaining() >= 8) {
        acked.add(b.getLong());
      }
    }
    return s;
  }

  static byte[] encode(long id, long seq, int qos, boolean retain, String topic, byte[] payload) {
    byte[] t = topic.getBytes(StandardCharsets.UTF_8);
    int len = BODY_FIXED + t.length + payload.length;
    ByteBuffer b = ByteBuffer.allocate(HEADER + len);
    b.putInt(len).putInt(0);
    b.putLong(id).putLong(seq).put((byte) (qos | (retain ? 4 : 0))).putShort((short) t.length);
    b.put(t).put(payload);
    CRC32C crc = new CRC32C();
    crc.update(b.array(), HEADER, len);
    b.putInt(4, (int) crc.getValue());
    return b.array();
  }

  /** Appends an encoded record and returns its offset. */
  long append(byte[] record, long seq) throws IOException {
    long offset = size;
    ByteBuffer b = ByteBuffer.wrap(record);
    while (b.hasRemaining()) {
      channel.write(b, offset + b.position());
    }
    size += record.length;
    live++;
    maxSeq = Math.max(maxSeq, seq);
    return offset;
  }

  void countRecovered(long seq, boolean isLive) {
    if (isLive) {
      live++;
    }
    maxSeq = Math.max(maxSeq, seq);
  }

  OutboxEntry read(long offset, int bodyLength) throws IOException {
    ByteBuffer body = ByteBuffer.allocate(bodyLength);
    readFully(channel, body, offset + HEADER);
    body.flip();
    long id = body.getLong();
    long seq = body.getLong();
    int flags = body.get();
    int topicLen = body.getShort();
    byte[] t = new byte[topicLen];
    body.get(t);
    byte[] payload = new byte[body.remaining()];
    body.get(payload);
    return new OutboxEntry(
        id, lane, seq, new String(t, StandardCharsets.UTF_8), flags & 3, (flags & 4) != 0, payload);
  }

  /** Forces everything up to {@code end} to disk, once. */
  void forceTo(long end) throws IOException {
    if (end > forcedTo) {
      channel.force(false);
      forcedTo = size;
    }
  }

  void force() throws IOException {
    forceTo(size);
  }

  /** Records an ack and returns true when the segment no longer holds anything pending. */
  boolean ack(long id) throws IOException {
    if (ackChannel == null) {
      ackChannel =
          FileChannel.open(
              ackFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
    }
    ByteBuffer b = ByteBuffer.allocate(8).putLong(id).flip();
    while (b.hasRemaining()) {
      ackChannel.write(b);
    }
    live--;
    return live <= 0;
  }

  /** Forgets one pending record without writing an ack (used when the whole segment goes). */
  void forget() {
    live--;
  }

  void delete() throws IOException {
    channel.close();
    if (ackChannel != null) {
      ackChannel.close();
    }
    Files.deleteIfExists(file);
    Files.deleteIfExists(ackFile);
  }

  void close() throws IOException {
    channel.close();
    if (ackChannel != null) {
      ackChannel.close();
    }
  }

  void seal() {
    sealed = true;
  }

  boolean sealed() {
    return sealed;
  }

  Lane lane() {
    return lane;
  }

  long firstId() {
    return firstId;
  }

  long size() {
    return size;
  }

  long end() {
    return size;
  }

  int live() {
    return live;
  }

  long maxSeq() {
    return maxSeq;
  }

  private static void readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
    while (b.hasRemaining()) {
      int n = ch.read(b, pos + b.position());
      if (n < 0) {
        throw new IOException("unexpected end of segment");
      }
    }
  }
}
