package dev.sitehub.cloud.messaging;

import dev.sitehub.cloud.portal.PortalContext;
import io.quarkus.qute.TemplateData;

/** One project message as the portal lists it; {@code mine} marks the viewer's own messages. */
@TemplateData
public record MessageRow(
    long messageId,
    String authorId,
    boolean mine,
    String body,
    String attachmentName,
    String attachmentUrl,
    String at) {

  static MessageRow of(MessageView m, String viewerId, String zone) {
    return new MessageRow(
        m.messageId(),
        m.authorId(),
        m.authorId().equals(viewerId),
        m.body(),
        m.attachmentName(),
        m.attachmentName() == null
            ? null
            : "/api/projects/" + m.projectId() + "/messages/" + m.messageId() + "/attachment",
        PortalContext.time(m.createdAt(), zone));
  }
}
