package dev.sitehub.cloud.design;

import java.time.Instant;
import java.util.List;

/** One proposal version with its comments and whether it is the confirmed one. */
public record Proposal(
    String proposalId,
    String projectId,
    int version,
    String designerId,
    String notes,
    String fileKey,
    String fileSha256,
    String fileType,
    Instant createdAt,
    boolean confirmed,
    List<Comment> comments) {
  public Proposal {
    comments = List.copyOf(comments);
  }

  /** A comment on the proposal. */
  public record Comment(String commentId, String authorId, String body, Instant createdAt) {}
}
