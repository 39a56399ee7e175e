package dev.sitehub.cloud.media;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the types of an MP4's top-level boxes in file order (ISO/IEC 14496-12, section 4.2). */
final class Mp4Boxes {
  private Mp4Boxes() {}

  static List<String> topLevel(Path mp4) throws IOException {
    List<String> types = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(mp4);
        DataInputStream in = new DataInputStream(raw)) {
      while (true) {
        long size;
        byte[] type = new byte[4];
        try {
          size = Integer.toUnsignedLong(in.readInt());
          in.readFully(type);
        } catch (EOFException e) {
          return types;
        }
        long header = 8;
        if (size == 1) {
          size = in.readLong();
          header = 16;
        }
        types.add(new String(type, StandardCharsets.US_ASCII));
        if (size == 0) {
          return types; // the last box runs to the end of the file
        }
        in.skipNBytes(size - header);
      }
    }
  }
}
