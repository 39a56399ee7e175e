package dev.sitehub.cloud.evaluation;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The homeowner's rating form of one target: the four scores and the text as typed, with the
 * message key of each field's error; {@link #parse} checks what the service would refuse.
 */
@TemplateData
public record EvaluationForm(List<Score> scores, String text, String textError) {
  /** The scored aspects, in the order the form asks them. */
  static final List<String> ASPECTS = List.of("quality", "schedule", "communication", "tidiness");

  static final int MAX_TEXT = 4000;

  /** One score field: its name (also its label's message key), the typed value and its error. */
  @TemplateData
  public record Score(String name, String value, String error) {}

  static EvaluationForm empty() {
    return new EvaluationForm(ASPECTS.stream().map(a -> new Score(a, "", null)).toList(), "", null);
  }

  /** The form as posted, with an error next to every missing, non-numeric or out-of-range score. */
  static EvaluationForm parse(Map<String, String> typed, String text) {
    List<Score> scores = new ArrayList<>();
    for (String a : ASPECTS) {
      String v = typed.get(a) == null ? "" : typed.get(a).trim();
      scores.add(new Score(a, v, v.isEmpty() ? "errRequired" : score(v) == 0 ? "errScore" : null));
    }
    String t = text == null ? "" : text;
    return new EvaluationForm(scores, t, t.length() > MAX_TEXT ? "errTextTooLong" : null);
  }

  public boolean valid() {
    return textError == null && scores.stream().allMatch(s -> s.error() == null);
  }

  /** The score of {@code aspect}; only meaningful when {@link #valid()}. */
  int value(String aspect) {
    return scores.stream()
        .filter(s -> s.name().equals(aspect))
        .mapToInt(s -> score(s.value()))
        .sum();
  }

  /** 1-5, or 0 when the text is not such a whole number. */
  private static int score(String v) {
    return v.matches("[1-5]") ? Integer.parseInt(v) : 0;
  }
}
