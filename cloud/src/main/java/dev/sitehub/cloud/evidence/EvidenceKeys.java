package dev.sitehub.cloud.evidence;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Loads the Ed25519 key that signs evidence chain heads: from {@code sitehub.evidence.key}, from
 * {@code sitehub.evidence.key-file}, or from the generated file in the key folder, which is created
 * on first start unless generation is off, as it is in production.
 */
// @Startup: a production instance without its key must refuse to start, not fail on an append.
@Startup
@ApplicationScoped
public class EvidenceKeys {
  private static final Logger LOG = Logger.getLogger(EvidenceKeys.class);
  static final String GENERATED_FILE = "evidence-ed25519.pem";

  private final EvidenceSigner signer;

  public EvidenceKeys(EvidenceConfig config) {
    this.signer = load(config);
    LOG.infof("evidence heads are signed with key %s", signer.keyId());
  }

  @Produces
  @Singleton
  EvidenceSigner signer() {
    return signer;
  }

  static EvidenceSigner load(EvidenceConfig config) {
    try {
      if (config.key().isPresent()) {
        return fromPkcs8(Base64.getDecoder().decode(config.key().get().strip()));
      }
      if (config.keyFile().isPresent()) {
        return fromPkcs8(read(Path.of(config.keyFile().get())));
      }
      Path generated = Path.of(config.keyDir()).resolve(GENERATED_FILE);
      if (Files.exists(generated)) {
        return fromPkcs8(read(generated));
      }
      if (!config.generateKey()) {
        throw new IllegalStateException(
            "no evidence signing key: set sitehub.evidence.key-file (an Ed25519 private key,"
                + " PKCS#8) or SITEHUB_EVIDENCE_KEY (the same, base64), or put "
                + GENERATED_FILE
                + " in "
                + config.keyDir()
                + "; sitehub.evidence.generate-key=false (the production default) does not"
                + " generate one. See docs/operations.md, \"Evidence key\".");
      }
      EvidenceSigner s = EvidenceSigner.generate();
      Files.createDirectories(generated.getParent());
      write(generated, s);
      LOG.warnf(
          "generated a new evidence signing key %s in %s (configure your own in production)",
          s.keyId(), generated);
      return s;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot load the evidence signing key: " + e.getMessage(), e);
    }
  }

  private static EvidenceSigner fromPkcs8(byte[] der) throws GeneralSecurityException {
    return EvidenceSigner.of(
        KeyFactory.getInstance(EvidenceSigner.ALGORITHM)
            .generatePrivate(new PKCS8EncodedKeySpec(der)));
  }

  /** PEM or DER: a file that reads as PEM text is decoded, anything else is taken as DER. */
  private static byte[] read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.US_ASCII);
    if (text.contains("-----BEGIN")) {
      return Base64.getDecoder()
          .decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
    return bytes;
  }

  private static void write(Path file, EvidenceSigner s) throws IOException {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(s.privateKey().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Files.writeString(file, pem, StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.debugf("cannot restrict permissions of %s on this file system", file);
    }
  }
}
