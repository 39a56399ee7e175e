package dev.sitehub.cloud.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Project messages over REST; live updates arrive on the websocket {@code
 * /api/projects/{projectId}/messages/live}.
 */
@Path("/api")
@Tag(name = "messaging")
public class MessageResource {
  private final MessagingService messaging;
  private final JsonWebToken caller;

  public MessageResource(MessagingService messaging, JsonWebToken caller) {
    this.messaging = messaging;
    this.caller = caller;
  }

  @POST
  @Path("projects/{projectId}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("**")
  public Response post(@PathParam("projectId") String projectId, PostMessageRequest request) {
    MessageView m =
        messaging.post(projectId, caller.getSubject(), request == null ? null : request.body());
    return Response.status(201).entity(m).build();
  }

  /** Posts a message whose attachment is the raw request body (PDF, PNG or JPEG). */
  @POST
  @Path("projects/{projectId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed("**")
  public Response attach(
      @PathParam("projectId") String projectId,
      @QueryParam("fileName") String fileName,
      @QueryParam("caption") String caption,
      @HeaderParam("Content-Type") String contentType,
      byte[] body) {
    MessageView m =
        messaging.postAttachment(
            projectId, caller.getSubject(), caption, fileName, contentType, body);
    return Response.status(201).entity(m).build();
  }

  @GET
  @Path("projects/{projectId}/messages")
  @RolesAllowed("**")
  public List<MessageView> list(
      @PathParam("projectId") String projectId,
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return messaging.list(projectId, caller.getSubject(), after, limit);
  }

  @GET
  @Path("projects/{projectId}/messages/{messageId}/attachment")
  @RolesAllowed("**")
  public Response attachment(
      @PathParam("projectId") String projectId, @PathParam("messageId") long messageId) {
    MessagingService.Attachment a = messaging.attachment(projectId, messageId, caller.getSubject());
    return Response.ok(a.content(), a.mediaType()).build();
  }

  @POST
  @Path("projects/{projectId}/messages/read")
  @RolesAllowed("**")
  public Response read(@PathParam("projectId") String projectId, MarkReadRequest request) {
    messaging.markRead(projectId, caller.getSubject(), request == null ? 0 : request.upTo());
    return Response.noContent().build();
  }

  @GET
  @Path("me/unread")
  @RolesAllowed("**")
  public List<UnreadCount> unread() {
    return messaging.unread(caller.getSubject());
  }
}
