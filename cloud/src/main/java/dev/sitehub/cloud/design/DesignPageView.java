package dev.sitehub.cloud.design;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The design confirmation page: every proposal version with its notes, file and comments, which
 * version is confirmed (once one is, nobody confirms again), and a comment form's text and error.
 */
@TemplateData
public record DesignPageView(
    String projectId,
    String siteName,
    List<Row> proposals,
    Integer confirmedVersion,
    boolean customer,
    boolean canComment,
    String formProposalId,
    String commentText,
    DesignProblem commentError,
    DesignProblem error) {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** One proposal version as the page shows it. */
  @TemplateData
  public record Row(
      String proposalId,
      int version,
      String notes,
      String fileType,
      String fileSha256,
      String at,
      boolean confirmed,
      List<CommentRow> comments) {}

  /** One comment with its author and time. */
  @TemplateData
  public record CommentRow(String authorId, String body, String at) {}

  static DesignPageView of(
      String projectId,
      String siteName,
      String zone,
      List<Proposal> proposals,
      boolean customer,
      boolean canComment) {
    ZoneId z = ZoneId.of(zone);
    List<Row> rows =
        proposals.stream()
            .map(
                p ->
                    new Row(
                        p.proposalId(),
                        p.version(),
                        p.notes(),
                        p.fileType(),
                        p.fileSha256(),
                        at(p.createdAt(), z),
                        p.confirmed(),
                        p.comments().stream()
                            .map(c -> new CommentRow(c.authorId(), c.body(), at(c.createdAt(), z)))
                            .toList()))
            .toList();
    Integer confirmed =
        proposals.stream()
            .filter(Proposal::confirmed)
            .map(Proposal::version)
            .findFirst()
            .orElse(null);
    return new DesignPageView(
        projectId, siteName, rows, confirmed, customer, canComment, null, "", null, null);
  }

  /** Customers confirm while no version is. */
  public boolean canConfirm() {
    return customer && confirmedVersion == null;
  }

  /** The comment error of this proposal's form, if the last post was to it and failed. */
  public DesignProblem errorFor(String proposalId) {
    return proposalId.equals(formProposalId) ? commentError : null;
  }

  /** The text typed into this proposal's form, kept when the post failed. */
  public String textFor(String proposalId) {
    return proposalId.equals(formProposalId) ? commentText : "";
  }

  DesignPageView withComment(String proposalId, String text, DesignProblem error) {
    return new DesignPageView(
        projectId,
        siteName,
        proposals,
        confirmedVersion,
        customer,
        canComment,
        proposalId,
        text,
        error,
        null);
  }

  DesignPageView withError(DesignProblem problem) {
    return new DesignPageView(
        projectId,
        siteName,
        proposals,
        confirmedVersion,
        customer,
        canComment,
        null,
        "",
        null,
        problem);
  }

  private static String at(Instant t, ZoneId z) {
    return t == null ? "" : AT.format(t.atZone(z));
  }
}
