package dev.sitehub.edge.provisioning;

import dev.sitehub.protocol.Topics;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Keeps the device credentials in a properties file readable only by the agent's user (mode 600).
 * The file is created with that mode before the secret is written, then moved into place.
 */
public final class CredentialStore {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private final Path file;

  public CredentialStore(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  public Optional<DeviceCredentials> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ProvisioningException("cannot read credentials file " + file, e);
    }
    String site = p.getProperty("site.id");
    String device = p.getProperty("device.id");
    String secret = p.getProperty("secret");
    if (!Topics.isValidId(site)
        || !Topics.isValidId(device)
        || secret == null
        || secret.isEmpty()) {
      throw new ProvisioningException("credentials file " + file + " is incomplete or invalid");
    }
    return Optional.of(new DeviceCredentials(site, device, secret));
  }

  public void save(DeviceCredentials c) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = dir.resolve(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Properties p = new Properties();
      p.setProperty("site.id", c.siteId());
      p.setProperty("device.id", c.deviceId());
      p.setProperty("secret", c.secret());
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "SiteHub device credentials; keep mode 600");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } catch (IOException e) {
      throw new ProvisioningException("cannot write credentials file " + file, e);
    }
  }
}
