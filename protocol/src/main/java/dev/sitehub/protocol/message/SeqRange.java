package dev.sitehub.protocol.message;

/** An inclusive range of device sequence numbers. */
public record SeqRange(long from, long to) {
  public SeqRange {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad range " + from + ".." + to);
    }
  }

  public long count() {
    return to - from + 1;
  }
}
