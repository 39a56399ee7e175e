package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.AttachmentConfig;
import dev.sitehub.cloud.attachments.AttachmentInspector;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
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
public class ChecklistForm {
  /** Longest comment per item, in characters. */
  static final int MAX_NOTE = 2000;

  private final AttachmentInspector photos;
  private final long maxBytes;

  public ChecklistForm(AttachmentConfig attachments) {
    this.photos = new AttachmentInspector(attachments.maxBytes());
    this.maxBytes = attachments.maxBytes();
  }

  /** The request to send when every field is valid, and the form as typed with its errors. */
  record Parsed(InspectRequest request, Map<String, StageView.ItemForm> typed, boolean valid) {}

  Parsed parse(Checklist checklist, MultipartFormDataInput form) {
    Map<String, Collection<FormValue>> values = form == null ? Map.of() : form.getValues();
    Map<String, StageView.ItemForm> typed = new LinkedHashMap<>();
    List<ItemResult> answers = new ArrayList<>();
    boolean valid = true;
    for (ChecklistItem item : checklist.items()) {
      String code = item.code();
      String result = text(values, "result-" + code);
      String note = text(values, "note-" + code);
      ItemResult.Outcome outcome = outcome(result);
      String resultError = outcome == null ? "errResult" : null;
      String noteError = note.length() > MAX_NOTE ? "errTooLong" : null;
      String photoError = null;
      String photo = null;
      FormValue file = first(values, "photo-" + code);
      if (chosen(file)) {
        try {
          photo = photo(file);
        } catch (ProblemException e) {
          photoError = e.status() == 413 ? "errPhotoTooLarge" : "errPhotoType";
        }
      }
      StageView.ItemForm f =
          new StageView.ItemForm(
              code, item.title(), result, note, resultError, noteError, photoError);
      typed.put(code, f);
      valid &= !f.invalid();
      if (!f.invalid()) {
        answers.add(new ItemResult(code, outcome, note.strip(), photo));
      }
    }
    return new Parsed(valid ? new InspectRequest(answers) : null, typed, valid);
  }

  /** The photo as base64 once it passed the checks; throws the inspector's refusal otherwise. */
  private String photo(FormValue file) {
    try {
      long size = file.getFileItem().getFileSize();
      if (size > maxBytes) {
        throw new ProblemException(413, "attachment-too-large", "Payload too large", "photo");
      }
      byte[] bytes;
      try (InputStream in = file.getFileItem().getInputStream()) {
        bytes = in.readAllBytes();
      }
      AttachmentType t = photos.inspect(file.getFileName(), null, bytes);
      if (t == AttachmentType.PDF) {
        throw ProblemException.badRequest("invalid-photo", "photos must be JPEG or PNG");
      }
      return Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded photo", e);
    }
  }

  /** A file input left empty still sends a part, with no file name and no content. */
  private static boolean chosen(FormValue file) {
    if (file == null || !file.isFileItem()) {
      return false;
    }
    String name = file.getFileName();
    return name != null && !name.isBlank();
  }

  private static ItemResult.Outcome outcome(String s) {
    try {
      return s.isEmpty() ? null : ItemResult.Outcome.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static FormValue first(Map<String, Collection<FormValue>> values, String name) {
    Collection<FormValue> c = values.get(name);
    return c == null || c.isEmpty() ? null : c.iterator().next();
  }

  private static String text(Map<String, Collection<FormValue>> values, String name) {
    FormValue v = first(values, name);
    return v == null || v.isFileItem() || v.getValue() == null ? "" : v.getValue();
  }
}
