package dev.sitehub.cloud.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link MediaStore} must do; each implementation's test extends this. */
abstract class MediaStoreContract {
  @TempDir Path tmp;

  abstract MediaStore store();

  @Test
  void put_thenOpen_returnsSameBytes() throws Exception {
    byte[] jpeg = TestFrames.jpeg(32, 24, 9);
    String key = "snapshots/" + TestFrames.uniqueId("s") + "/d/c/2026/11/24/1-1-periodic.jpg";
    store().put(key, jpeg, "image/jpeg");
    try (InputStream in = store().open(key).orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(jpeg);
    }
  }

  @Test
  void putFile_thenOpen_returnsFileBytes() throws Exception {
    Path f = tmp.resolve("v.mp4");
    Files.write(f, new byte[] {1, 2, 3, 4});
    String key = "timelapse/" + TestFrames.uniqueId("s") + "/x.mp4";
    store().putFile(key, f, "video/mp4");
    try (InputStream in = store().open(key).orElseThrow()) {
      assertThat(in.readAllBytes()).containsExactly(1, 2, 3, 4);
    }
  }

  /** Verifies that a range read returns exactly the bytes a seeking video player asked for. */
  @Test
  void openRange_partOfVideo_returnsExactlyThoseBytes() throws Exception {
    byte[] video = new byte[300_000];
    new java.util.Random(7).nextBytes(video);
    Path f = tmp.resolve("range.mp4");
    Files.write(f, video);
    String key = "timelapse/" + TestFrames.uniqueId("s") + "/range.mp4";
    store().putFile(key, f, "video/mp4");

    assertThat(store().size(key)).hasValue(video.length);
    for (ByteRange r :
        new ByteRange[] {
          new ByteRange(0, 1), new ByteRange(123_456, 234_567), new ByteRange(299_000, 299_999)
        }) {
      try (InputStream in = store().open(key, r).orElseThrow()) {
        assertThat(in.readAllBytes())
            .as(r.toString())
            .isEqualTo(java.util.Arrays.copyOfRange(video, (int) r.first(), (int) r.last() + 1));
      }
    }
  }

  @Test
  void sizeAndRange_missingKey_empty() throws Exception {
    String key = "timelapse/" + TestFrames.uniqueId("none") + ".mp4";
    assertThat(store().size(key)).isEmpty();
    assertThat(store().open(key, new ByteRange(0, 9))).isEmpty();
  }

  @Test
  void delete_thenOpen_empty_andDeletingAgainIsFine() throws Exception {
    String key = "snapshots/" + TestFrames.uniqueId("s") + "/a.jpg";
    store().put(key, new byte[] {1}, "image/jpeg");
    store().delete(key);
    assertThat(store().open(key)).isEmpty();
    store().delete(key);
  }

  @Test
  void open_missingKey_empty() throws Exception {
    assertThat(store().open("snapshots/" + TestFrames.uniqueId("none") + ".jpg")).isEmpty();
  }

  @Test
  void put_keyEscapingRoot_refused() {
    for (String bad : new String[] {"../etc/passwd", "/abs.jpg", "a//b.jpg", "a/./b", "a b.jpg"}) {
      assertThatThrownBy(() -> store().put(bad, new byte[] {1}, "image/jpeg"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
