package dev.sitehub.cloud.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.jboss.logging.Logger;

/** Key files as the cloud keeps them: PEM text (DER also read), secrets readable by the owner. */
public final class PemFiles {
  private static final Logger LOG = Logger.getLogger(PemFiles.class);

  private PemFiles() {}

  /** The DER bytes of a PEM file; a file that is not PEM text is taken as DER as it is. */
  public static byte[] read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (!text.contains("-----BEGIN")) {
      return bytes;
    }
    return Base64.getDecoder()
        .decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
  }

  /** Writes {@code der} as PEM under {@code label}; a secret is made readable by the owner only. */
  public static void write(Path file, String label, byte[] der, boolean secret) throws IOException {
    String pem =
        "-----BEGIN "
            + label
            + "-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END "
            + label
            + "-----\n";
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
    if (secret) {
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        LOG.debugf("cannot restrict permissions of %s on this file system", file);
      }
    }
  }
}
