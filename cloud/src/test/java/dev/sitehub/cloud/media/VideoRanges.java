package dev.sitehub.cloud.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.Arrays;

/** The HTTP range behaviour a video element relies on, checked against one video URL. */
final class VideoRanges {
  private VideoRanges() {}

  static void assertServedWithRanges(String path, String token) {
    Response whole = given().auth().oauth2(token).get(path);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(whole.contentType()).startsWith("video/mp4");
    byte[] all = whole.asByteArray();
    assertThat(all.length).isGreaterThan(1100);
    assertThat(whole.header("Content-Length")).isEqualTo(String.valueOf(all.length));

    Response part = given().auth().oauth2(token).header("Range", "bytes=100-1099").get(path);
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 100-1099/" + all.length);
    assertThat(part.header("Content-Length")).isEqualTo("1000");
    assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(all, 100, 1100));

    Response open = given().auth().oauth2(token).header("Range", "bytes=0-").get(path);
    assertThat(open.statusCode()).isEqualTo(206);
    assertThat(open.header("Content-Range"))
        .isEqualTo("bytes 0-" + (all.length - 1) + "/" + all.length);
    assertThat(open.asByteArray()).isEqualTo(all);

    Response tail = given().auth().oauth2(token).header("Range", "bytes=-10").get(path);
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.asByteArray()).isEqualTo(Arrays.copyOfRange(all, all.length - 10, all.length));

    Response past =
        given().auth().oauth2(token).header("Range", "bytes=" + all.length + "-").get(path);
    assertThat(past.statusCode()).isEqualTo(416);
    assertThat(past.header("Content-Range")).isEqualTo("bytes */" + all.length);
  }
}
