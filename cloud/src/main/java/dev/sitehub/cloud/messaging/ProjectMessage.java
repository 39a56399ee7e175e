package dev.sitehub.cloud.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message in a project's thread, with an optional attachment (table {@code project_message}). */
@Entity
@Table(name = "project_message")
class ProjectMessage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "message_id")
  Long id;

  @Column(name = "project_id", nullable = false)
  String projectId;

  @Column(name = "author_id", nullable = false)
  String authorId;

  @Column(nullable = false)
  String body;

  @Column(name = "attachment_key")
  String attachmentKey;

  @Column(name = "attachment_type")
  String attachmentType;

  @Column(name = "attachment_name")
  String attachmentName;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected ProjectMessage() {}

  ProjectMessage(
      String projectId,
      String authorId,
      String body,
      String attachmentKey,
      String attachmentType,
      String attachmentName,
      Instant createdAt) {
    this.projectId = projectId;
    this.authorId = authorId;
    this.body = body;
    this.attachmentKey = attachmentKey;
    this.attachmentType = attachmentType;
    this.attachmentName = attachmentName;
    this.createdAt = createdAt;
  }

  MessageView view() {
    return new MessageView(
        id, projectId, authorId, body, attachmentName, attachmentType, createdAt);
  }
}
