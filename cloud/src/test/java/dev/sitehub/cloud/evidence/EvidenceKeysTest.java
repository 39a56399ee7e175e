package dev.sitehub.cloud.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies where the evidence key comes from: generated once and reused where generation is on,
 * refused with a message naming the settings where it is off (production), and the same key from a
 * PKCS#8 file or from base64 in the environment.
 */
class EvidenceKeysTest {
  @TempDir Path dir;

  @Test
  void load_nothingConfiguredGenerationOn_generatesOnceThenReuses() {
    EvidenceSigner first = EvidenceKeys.load(config(null, null, true));
    assertThat(dir.resolve(EvidenceKeys.GENERATED_FILE)).exists();
    assertThat(EvidenceKeys.load(config(null, null, true)).keyId()).isEqualTo(first.keyId());
  }

  @Test
  void load_nothingConfiguredGenerationOff_refusesNamingTheSettings() {
    assertThatThrownBy(() -> EvidenceKeys.load(config(null, null, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no evidence signing key")
        .hasMessageContaining("sitehub.evidence.key-file")
        .hasMessageContaining("SITEHUB_EVIDENCE_KEY");
    assertThat(dir.resolve(EvidenceKeys.GENERATED_FILE)).doesNotExist();
  }

  @Test
  void load_pemFileOrBase64_sameKeyAndItSigns() throws Exception {
    EvidenceSigner original = EvidenceSigner.generate();
    byte[] der = original.privateKey().getEncoded();
    Path pem = dir.resolve("evidence.pem");
    Files.writeString(
        pem,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(der)
            + "\n-----END PRIVATE KEY-----\n",
        StandardCharsets.US_ASCII);
    EvidenceSigner fromFile = EvidenceKeys.load(config(null, pem.toString(), false));
    EvidenceSigner fromEnv =
        EvidenceKeys.load(config(Base64.getEncoder().encodeToString(der), null, false));
    assertThat(fromFile.keyId()).isEqualTo(original.keyId()).isEqualTo(fromEnv.keyId());
    byte[] statement = "head".getBytes(StandardCharsets.UTF_8);
    assertThat(TrustedKeys.verifies(original.publicKey(), statement, fromFile.sign(statement)))
        .isTrue();
  }

  @Test
  void load_notAnEd25519Key_refused() throws Exception {
    Path bad = dir.resolve("bad.pem");
    Files.writeString(bad, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> EvidenceKeys.load(config(null, bad.toString(), false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot load the evidence signing key");
  }

  private EvidenceConfig config(String key, String keyFile, boolean generate) {
    return new EvidenceConfig() {
      @Override
      public Optional<String> key() {
        return Optional.ofNullable(key);
      }

      @Override
      public Optional<String> keyFile() {
        return Optional.ofNullable(keyFile);
      }

      @Override
      public String keyDir() {
        return dir.toString();
      }

      @Override
      public boolean generateKey() {
        return generate;
      }
    };
  }
}
