package dev.sitehub.cloud.enterprises;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/** Reads the certificate form's multipart values: the kind as text and the chosen file's bytes. */
final class CertificateUpload {
  private CertificateUpload() {}

  static FormValue first(Collection<FormValue> c) {
    return c == null || c.isEmpty() ? null : c.iterator().next();
  }

  static String text(Collection<FormValue> c) {
    FormValue v = first(c);
    return v == null || v.isFileItem() || v.getValue() == null ? "" : v.getValue().strip();
  }

  /** The chosen file's bytes; none chosen reads as empty, which the inspector refuses. */
  static byte[] bytes(FormValue file) {
    if (file == null || !file.isFileItem()) {
      return new byte[0];
    }
    try (InputStream in = file.getFileItem().getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
