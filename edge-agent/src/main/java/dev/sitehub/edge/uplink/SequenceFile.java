package dev.sitehub.edge.uplink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The highest device sequence number ever written to a segment that has since been deleted. Written
 * atomically (temp file, fsync, rename) before a segment goes, so the counter never moves backwards
 * even when the outbox is empty.
 */
final class SequenceFile {
  private final Path file;
  private long value = -1;

  SequenceFile(Path file) {
    this.file = file;
  }

  long read() throws IOException {
    if (Files.exists(file)) {
      String s = Files.readString(file, StandardCharsets.US_ASCII).trim();
      try {
        value = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new IOException("corrupt sequence file " + file, e);
      }
    }
    return value;
  }

  void raiseTo(long seq) throws IOException {
    if (seq <= value) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, Long.toString(seq), StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    value = seq;
  }
}
