package dev.sitehub.cloud.accounts;

import dev.sitehub.cloud.common.PemFiles;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.jboss.logging.Logger;

/**
 * Loads the RSA key pair that signs and verifies SiteHub tokens from the configured folder, or
 * generates one there on first start, and hands the public key to smallrye-jwt. Nothing secret is
 * committed: every installation has its own pair.
 */
// @Startup: load or generate the keys at boot, failing fast, not on the first request's thread.
@Startup
@ApplicationScoped
public class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class);
  static final String PRIVATE_FILE = "jwt-private.pem";
  static final String PUBLIC_FILE = "jwt-public.pem";

  private final KeyPair pair;
  private final AuthConfig config;

  public SigningKeys(AuthConfig config) {
    this.config = config;
    this.pair = loadOrGenerate(Path.of(config.keyDir()), config.generateKeys());
  }

  public PrivateKey privateKey() {
    return pair.getPrivate();
  }

  public PublicKey publicKey() {
    return pair.getPublic();
  }

  /** Replaces the mp.jwt.verify.* settings: the key is only known at runtime. */
  @Produces
  @Alternative
  @Priority(1)
  @ApplicationScoped
  JWTAuthContextInfo jwtAuthContextInfo() {
    JWTAuthContextInfo info = new JWTAuthContextInfo(pair.getPublic(), config.issuer());
    // The portal session travels in a cookie; API clients send a bearer header instead.
    info.setTokenHeader("Cookie");
    info.setTokenCookie(config.sessionCookie());
    info.setAlwaysCheckAuthorization(true);
    return info;
  }

  static KeyPair loadOrGenerate(Path dir, boolean generate) {
    Path priv = dir.resolve(PRIVATE_FILE);
    Path pub = dir.resolve(PUBLIC_FILE);
    try {
      if (Files.exists(priv) && Files.exists(pub)) {
        KeyFactory kf = KeyFactory.getInstance("RSA");
        return new KeyPair(
            kf.generatePublic(new X509EncodedKeySpec(PemFiles.read(pub))),
            kf.generatePrivate(new PKCS8EncodedKeySpec(PemFiles.read(priv))));
      }
      if (!generate) {
        throw new IllegalStateException(
            "no JWT key pair in " + dir + " and sitehub.auth.generate-keys=false");
      }
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      KeyPair kp = g.generateKeyPair();
      Files.createDirectories(dir);
      PemFiles.write(priv, "PRIVATE KEY", kp.getPrivate().getEncoded(), true);
      PemFiles.write(pub, "PUBLIC KEY", kp.getPublic().getEncoded(), false);
      LOG.warnf("generated a new JWT signing key pair in %s (provide your own in production)", dir);
      return kp;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot load JWT keys from " + dir, e);
    }
  }
}
