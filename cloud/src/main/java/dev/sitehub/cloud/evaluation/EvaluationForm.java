package dev.sitehub.cloud.evaluation;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The homeowner's rating form of one target: the four scores and the text as typed, with each
 * field's error; {@link #parse} checks what the service would refuse.
 */
@TemplateData
public record EvaluationForm(List<Score> scores, String text, EvaluationProblem textError) {
  static final int MAX_TEXT = 4000;

  /** One score field: what it scores, the typed value and its error. */
  @TemplateData
  public record Score(ScoreAspect aspect, String value, EvaluationProblem error) {
    /** The form field's name. */
    public String name() {
      return aspect.field();
    }
  }

  static EvaluationForm empty() {
    return new EvaluationForm(
        Stream.of(ScoreAspect.values()).map(a -> new Score(a, "", null)).toList(), "", null);
  }

  /** The form as posted, with an error next to every missing, non-numeric or out-of-range score. */
  static EvaluationForm parse(Map<String, String> typed, String text) {
    List<Score> scores = new ArrayList<>();
    for (ScoreAspect a : ScoreAspect.values()) {
      String v = typed.get(a.field()) == null ? "" : typed.get(a.field()).trim();
      EvaluationProblem error =
          v.isEmpty() ? EvaluationProblem.REQUIRED : score(v) == 0 ? EvaluationProblem.SCORE : null;
      scores.add(new Score(a, v, error));
    }
    String t = text == null ? "" : text;
    return new EvaluationForm(
        scores, t, t.length() > MAX_TEXT ? EvaluationProblem.TEXT_TOO_LONG : null);
  }

  public boolean valid() {
    return textError == null && scores.stream().allMatch(s -> s.error() == null);
  }

  /** The score of {@code aspect}; only meaningful when {@link #valid()}. */
  int value(ScoreAspect aspect) {
    return scores.stream().filter(s -> s.aspect() == aspect).mapToInt(s -> score(s.value())).sum();
  }

  /** 1-5, or 0 when the text is not such a whole number. */
  private static int score(String v) {
    return v.matches("[1-5]") ? Integer.parseInt(v) : 0;
  }
}
