package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * Reads the supervisor's checklist form (fields {@code result-CODE}, {@code note-CODE}, {@code
 * photo-CODE} per item) into an {@link InspectRequest}, checking each photo with the same
 * attachment inspector the inspection service uses so an error lands under the item it belongs to.
 */
@ApplicationScoped
class ChecklistForm {
  /** Longest comment per item, in characters. */
  static final int MAX_NOTE = 2000;

  private final PhotoUploads photos;

  public ChecklistForm(PhotoUploads photos) {
    this.photos = photos;
  }

  /** The request to send when every field is valid, and the form as typed with its errors. */
  record Parsed(InspectRequest request, Map<String, StageView.ItemForm> typed, boolean valid) {}

  Parsed parse(List<ChecklistItem> items, MultipartFormDataInput form) {
    Map<String, Collection<FormValue>> values = form == null ? Map.of() : form.getValues();
    Map<String, StageView.ItemForm> typed = new LinkedHashMap<>();
    List<ItemResult> answers = new ArrayList<>();
    boolean valid = true;
    for (ChecklistItem item : items) {
      String code = item.code();
      String result = text(values, "result-" + code);
      String note = text(values, "note-" + code);
      ItemResult.Outcome outcome = outcome(result);
      InspectionProblem resultError = outcome == null ? InspectionProblem.RESULT : null;
      InspectionProblem noteError = note.length() > MAX_NOTE ? InspectionProblem.TOO_LONG : null;
      InspectionProblem photoError = null;
      String photo = null;
      try {
        photo = photos.fromForm(first(values, "photo-" + code));
      } catch (ProblemException e) {
        photoError = InspectionProblem.photo(e.status());
      }
      StageView.ItemForm f =
          new StageView.ItemForm(
              code, item.title(), item.clause(), result, note, resultError, noteError, photoError);
      typed.put(code, f);
      valid &= !f.invalid();
      if (!f.invalid()) {
        answers.add(new ItemResult(code, outcome, note.strip(), photo));
      }
    }
    return new Parsed(valid ? new InspectRequest(answers) : null, typed, valid);
  }

  private static ItemResult.Outcome outcome(String s) {
    try {
      return s.isEmpty() ? null : ItemResult.Outcome.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static FormValue first(Map<String, Collection<FormValue>> values, String name) {
    Collection<FormValue> c = values.get(name);
    return c == null || c.isEmpty() ? null : c.iterator().next();
  }

  static String text(Map<String, Collection<FormValue>> values, String name) {
    FormValue v = first(values, name);
    return v == null || v.isFileItem() || v.getValue() == null ? "" : v.getValue();
  }
}
