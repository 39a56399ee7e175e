package dev.sitehub.cloud.messaging;

import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.ProblemException;
import dev.sitehub.cloud.common.UnitOfWork;
import dev.sitehub.cloud.contracts.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Project message threads between the customer and the project's staff: members only, with checked
 * attachments, read marks, unread counts and live push.
 */
@ApplicationScoped
public class MessagingService {
  private static final Logger LOG = Logger.getLogger(MessagingService.class);
  static final int MAX_BODY = 5000;
  static final int MAX_FILE_NAME = 200;
  static final int MAX_PAGE = 200;

  private final MessageRepository messages;
  private final ProjectService projects;
  private final AttachmentStore files;
  private final AttachmentInspector inspector;
  private final LiveMessages live;
  private final UnitOfWork work;
  private final Clock clock;

  MessagingService(
      MessageRepository messages,
      ProjectService projects,
      AttachmentStore files,
      AttachmentConfig config,
      LiveMessages live,
      UnitOfWork work,
      Clock clock) {
    this.work = work;
    this.clock = clock;
    this.messages = messages;
    this.projects = projects;
    this.files = files;
    this.inspector = new AttachmentInspector(config.maxBytes());
    this.live = live;
  }

  public MessageView post(String projectId, String userId, String body) {
    projects.requireMember(projectId, userId);
    return store(projectId, userId, text(body, true), null, null, null);
  }

  public MessageView postAttachment(
      String projectId,
      String userId,
      String caption,
      String fileName,
      String contentType,
      byte[] content) {
    projects.requireMember(projectId, userId);
    if (fileName == null
        || fileName.isBlank()
        || fileName.length() > MAX_FILE_NAME
        || fileName.contains("/")) {
      throw ProblemException.badRequest(
          "invalid-file-name", "fileName must be 1-" + MAX_FILE_NAME + " characters");
    }
    AttachmentType type = inspector.inspect(fileName, contentType, content);
    StoredAttachment stored = files.put(content, type);
    return store(
        projectId, userId, text(caption, false), stored.key(), type.mediaType(), fileName.strip());
  }

  private MessageView store(
      String projectId, String userId, String body, String key, String type, String name) {
    // The author has obviously read their own message: stored and marked read together.
    MessageView m =
        work.write(
            () ->
                messages
                    .insert(projectId, userId, body, key, type, name, clock.instant())
                    .call(v -> messages.markRead(projectId, userId, v.messageId())));
    LOG.infof(
        "message posted project=%s message=%d by=%s attachment=%s",
        projectId, m.messageId(), userId, type);
    live.push(m);
    return m;
  }

  public List<MessageView> list(String projectId, String userId, long afterId, int limit) {
    projects.requireMember(projectId, userId);
    if (limit < 1 || limit > MAX_PAGE || afterId < 0) {
      throw ProblemException.badRequest(
          "invalid-paging", "limit must be 1-" + MAX_PAGE + ", after >= 0");
    }
    return work.read(() -> messages.after(projectId, afterId, limit));
  }

  public void markRead(String projectId, String userId, long upTo) {
    projects.requireMember(projectId, userId);
    work.write(() -> messages.markRead(projectId, userId, upTo));
  }

  public List<UnreadCount> unread(String userId) {
    List<String> mine = projects.projectIdsOf(userId);
    return work.read(() -> messages.unread(userId, mine));
  }

  /** An attachment's media type and bytes, for members. */
  public Attachment attachment(String projectId, long messageId, String userId) {
    projects.requireMember(projectId, userId);
    ProjectMessage m =
        work.read(() -> messages.withAttachment(projectId, messageId))
            .orElseThrow(
                () -> ProblemException.notFound("attachment-not-found", "no such attachment"));
    byte[] content =
        files
            .get(m.attachmentKey)
            .orElseThrow(() -> ProblemException.notFound("attachment-not-found", "file missing"));
    return new Attachment(m.attachmentType, content);
  }

  /** An attachment's bytes and media type. */
  public record Attachment(String mediaType, byte[] content) {}

  private static String text(String body, boolean required) {
    if (body == null || body.isBlank()) {
      if (required) {
        throw ProblemException.badRequest("invalid-body", "a message needs text or an attachment");
      }
      return "";
    }
    if (body.length() > MAX_BODY) {
      throw ProblemException.badRequest(
          "invalid-body", "messages are limited to " + MAX_BODY + " characters");
    }
    return body.strip();
  }
}
