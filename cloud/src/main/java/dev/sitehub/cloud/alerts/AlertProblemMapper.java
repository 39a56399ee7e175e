package dev.sitehub.cloud.alerts;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns {@link AlertApiException} into an RFC 9457 problem+json response. */
@Provider
public class AlertProblemMapper implements ExceptionMapper<AlertApiException> {
  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public Response toResponse(AlertApiException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.type());
    body.put("title", e.title());
    body.put("status", e.status());
    body.put("detail", e.getMessage());
    return Response.status(e.status()).type(PROBLEM_JSON).entity(body).build();
  }
}
