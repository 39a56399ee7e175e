package dev.sitehub.cloud.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public keys a verifier accepts head signatures from: the published list, by key id. A listed
 * key whose id is not the id derived from the key itself is ignored, so a key swapped in under an
 * existing id verifies nothing.
 */
final class TrustedKeys {
  private final Map<String, PublicKey> byId = new HashMap<>();

  private TrustedKeys() {}

  static TrustedKeys of(List<PublishedKey> keys) {
    TrustedKeys t = new TrustedKeys();
    for (PublishedKey k : keys) {
      if (!EvidenceSigner.ALGORITHM.equals(k.algorithm())) {
        continue;
      }
      try {
        PublicKey key =
            KeyFactory.getInstance(EvidenceSigner.ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(k.publicKey())));
        if (keyId(key).equals(k.keyId())) {
          t.byId.put(k.keyId(), key);
        }
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // An unreadable key verifies nothing; the heads it signed are reported as unknown-key.
      }
    }
    return t;
  }

  /** The id of a public key: the first 16 hex digits of the SHA-256 of its X.509 encoding. */
  static String keyId(PublicKey key) {
    return Canonical.sha256(key.getEncoded()).substring(0, 16);
  }

  boolean knows(String keyId) {
    return byId.containsKey(keyId);
  }

  /** Whether the receipt's signature verifies under the listed key it names. */
  boolean verifies(HeadReceipt r) {
    PublicKey key = byId.get(r.keyId());
    if (key == null) {
      return false;
    }
    try {
      return verifies(key, r.statement(), r.signature());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean verifies(PublicKey key, byte[] statement, String signature) {
    try {
      Signature s = Signature.getInstance(EvidenceSigner.ALGORITHM);
      s.initVerify(key);
      s.update(statement);
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
