package dev.sitehub.cloud.evaluation;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The evaluation page: whether rating is open (after the final acceptance), and each enterprise or
 * staff member of the contract with the homeowner's stored evaluation and the reply, or a form.
 */
@TemplateData
public record EvaluationPageView(
    String projectId, String siteName, boolean open, boolean customer, List<Target> targets) {

  /**
   * One rateable target; {@code evaluation} is set once rated, {@code form} while it may be; {@code
   * replyable} when the viewer speaks for the rated enterprise and it has not replied yet, with the
   * reply typed and its error when the reply form came back.
   */
  @TemplateData
  public record Target(
      String slot,
      String kind,
      String id,
      String name,
      EvaluationView evaluation,
      EvaluationForm form,
      EvaluationProblem error,
      boolean replyable,
      String replyText,
      EvaluationProblem replyError) {
    /** The reply's error that belongs under the reply field, or null. */
    public EvaluationProblem replyFieldError() {
      return replyError == EvaluationProblem.REQUIRED
              || replyError == EvaluationProblem.TEXT_TOO_LONG
          ? replyError
          : null;
    }

    /** The reply's error that belongs above the reply form, or null. */
    public EvaluationProblem replyFormError() {
      return replyFieldError() == null ? replyError : null;
    }

    /** The kind as the enum the message bundle names; {@code kind} is also the form's value. */
    public RateRequest.TargetKind targetKind() {
      return RateRequest.TargetKind.valueOf(kind);
    }
  }
}
