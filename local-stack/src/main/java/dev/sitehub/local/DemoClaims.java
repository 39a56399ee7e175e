package dev.sitehub.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks the running cloud for a claim code the way an installer would: sign in as the demo
 * installer, then create a claim for the demo site through the public API.
 */
final class DemoClaims {
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final URI base;

  DemoClaims(URI base) {
    this.base = base;
  }

  String newClaimCode(String installer, String password, String siteId)
      throws IOException, InterruptedException {
    String body =
        json.writeValueAsString(
            json.createObjectNode().put("username", installer).put("password", password));
    JsonNode token =
        send(
            HttpRequest.newBuilder(base.resolve("/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            200);
    JsonNode claim =
        send(
            HttpRequest.newBuilder(base.resolve("/api/sites/" + siteId + "/claims"))
                .header("Authorization", "Bearer " + token.get("token").asText())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            201);
    return claim.get("code").asText();
  }

  private JsonNode send(HttpRequest request, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != expected) {
      throw new IOException(
          request.method() + " " + request.uri().getPath() + " answered " + r.statusCode());
    }
    return json.readTree(r.body());
  }
}
