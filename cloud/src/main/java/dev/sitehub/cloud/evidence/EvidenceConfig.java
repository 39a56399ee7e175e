package dev.sitehub.cloud.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the server's Ed25519 evidence key comes from (docs/operations.md: rotating it). */
@ConfigMapping(prefix = "sitehub.evidence")
public interface EvidenceConfig {

  /** The private key as base64 PKCS#8 ({@code SITEHUB_EVIDENCE_KEY}); wins over the key file. */
  Optional<String> key();

  /** A file holding the private key as PKCS#8, PEM ({@code PRIVATE KEY}) or DER. */
  Optional<String> keyFile();

  /** Folder of the generated key {@code evidence-ed25519.pem} when neither of the above is set. */
  @WithDefault("${sitehub.auth.key-dir:${user.home}/.sitehub/keys}")
  String keyDir();

  /** Generate that key if it is missing (dev, tests, local stack); false in production. */
  @WithDefault("true")
  boolean generateKey();
}
