package dev.sitehub.cloud.evidence;

import dev.sitehub.cloud.common.PemFiles;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return fromPkcs8(PemFiles.read(Path.of(config.keyFile().get())));
      }
      Path generated = Path.of(config.keyDir()).resolve(GENERATED_FILE);
      if (Files.exists(generated)) {
        return fromPkcs8(PemFiles.read(generated));
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
      PemFiles.write(generated, "PRIVATE KEY", s.privateKey().getEncoded(), true);
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
}
