package dev.sitehub.cloud.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How far a member has read a project's thread (table {@code project_message_read}). */
@Entity
@Table(name = "project_message_read")
@IdClass(ReadMark.Key.class)
class ReadMark {
  @Id
  @Column(name = "project_id")
  String projectId;

  @Id
  @Column(name = "user_id")
  String userId;

  @Column(name = "last_read_id", nullable = false)
  long lastReadId;

  protected ReadMark() {}

  /** The mark's identity: one per member and project. */
  record Key(String projectId, String userId) implements Serializable {}
}
