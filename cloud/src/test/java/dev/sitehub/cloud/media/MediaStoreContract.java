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
