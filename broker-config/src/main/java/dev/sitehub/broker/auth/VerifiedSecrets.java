package dev.sitehub.broker.auth;

import dev.sitehub.protocol.DeviceSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per principal, a SHA-256 of the last secret that passed PBKDF2 against a given stored
 * hash, so a reconnect storm costs one PBKDF2 (about 55 ms at 100,000 iterations) per device
 * instead of one per attempt. A changed stored hash (new secret) invalidates the memo at once;
 * revocation is checked on the row, never here.
 */
public final class VerifiedSecrets {
  private record Memo(String storedHash, byte[] presentedDigest, Instant verifiedAt) {}

  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Memo> memos = new ConcurrentHashMap<>();

  public VerifiedSecrets(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** Same answer as {@link DeviceSecrets#verify}, from memory when this exact pair passed. */
  public boolean verify(String principalId, String presented, String storedHash) {
    byte[] digest = sha256(presented);
    Instant now = clock.instant();
    Memo memo = memos.get(principalId);
    if (memo != null
        && memo.storedHash().equals(storedHash)
        && memo.verifiedAt().plus(ttl).isAfter(now)
        && MessageDigest.isEqual(memo.presentedDigest(), digest)) {
      return true;
    }
    boolean ok = DeviceSecrets.verify(presented, storedHash);
    if (ok) {
      memos.put(principalId, new Memo(storedHash, digest, now));
    }
    return ok;
  }

  public void evictExpired() {
    Instant now = clock.instant();
    memos.values().removeIf(m -> !m.verifiedAt().plus(ttl).isAfter(now));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
