package dev.sitehub.cloud.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;

/** The server's Ed25519 evidence key pair: signs chain heads under the key's id. */
final class EvidenceSigner {
  static final String ALGORITHM = "Ed25519";
  private final KeyPair pair;
  private final String keyId;

  EvidenceSigner(KeyPair pair) {
    this.pair = pair;
    this.keyId = TrustedKeys.keyId(pair.getPublic());
  }

  static EvidenceSigner generate() {
    try {
      return new EvidenceSigner(KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM since 15 has Ed25519", e);
    }
  }

  /**
   * The pair of a private key alone: PKCS#8 as the JDK writes it holds no public key, and the JDK
   * has no call to derive one, but its generator derives the public key from the 32 random bytes it
   * draws, so it is handed exactly the private key's bytes.
   */
  static EvidenceSigner of(PrivateKey key) throws GeneralSecurityException {
    if (!(key instanceof EdECPrivateKey ed) || ed.getBytes().isEmpty()) {
      throw new GeneralSecurityException("not an Ed25519 private key");
    }
    byte[] seed = ed.getBytes().get();
    KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
    g.initialize(
        NamedParameterSpec.ED25519,
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        });
    EvidenceSigner s = new EvidenceSigner(new KeyPair(g.generateKeyPair().getPublic(), key));
    byte[] probe = "sitehub-evidence-key-check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (!TrustedKeys.verifies(s.publicKey(), probe, s.sign(probe))) {
      throw new GeneralSecurityException("cannot derive the public key of the evidence key");
    }
    return s;
  }

  String keyId() {
    return keyId;
  }

  PublicKey publicKey() {
    return pair.getPublic();
  }

  PrivateKey privateKey() {
    return pair.getPrivate();
  }

  PublishedKey published(boolean current) {
    return new PublishedKey(
        keyId, ALGORITHM, Base64.getEncoder().encodeToString(publicKey().getEncoded()), current);
  }

  /** The base64 signature of {@code statement}. */
  String sign(byte[] statement) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(pair.getPrivate());
      s.update(statement);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the evidence key " + keyId, e);
    }
  }

  /** The signed receipt of the head {@code l} makes. */
  HeadReceipt signHead(ChainLink l) {
    HeadReceipt unsigned =
        new HeadReceipt(l.projectId(), l.seq(), l.linkHash(), l.appendedAt(), keyId, "");
    return new HeadReceipt(
        l.projectId(), l.seq(), l.linkHash(), l.appendedAt(), keyId, sign(unsigned.statement()));
  }
}
