package dev.sitehub.cloud.design;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's comment on a proposal as stored (table {@code design_comment}). */
@Entity
@Table(name = "design_comment")
class CommentEntity {
  @Id
  @Column(name = "comment_id")
  String id;

  @Column(name = "proposal_id", nullable = false)
  String proposalId;

  @Column(name = "author_id", nullable = false)
  String authorId;

  @Column(nullable = false)
  String body;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected CommentEntity() {}

  CommentEntity(String id, String proposalId, String authorId, String body, Instant createdAt) {
    this.id = id;
    this.proposalId = proposalId;
    this.authorId = authorId;
    this.body = body;
    this.createdAt = createdAt;
  }

  Proposal.Comment view() {
    return new Proposal.Comment(id, authorId, body, createdAt);
  }
}
