package dev.sitehub.broker;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sitehub.broker.acl.AccessPolicy;
import dev.sitehub.broker.acl.SiteHubAuthorizer;
import dev.sitehub.broker.auth.AuthFailureCounter;
import dev.sitehub.broker.auth.ConnectedPrincipals;
import dev.sitehub.broker.auth.CredentialChecker;
import dev.sitehub.broker.auth.LoginBackoff;
import dev.sitehub.broker.auth.PrincipalCache;
import dev.sitehub.broker.auth.PrincipalStore;
import dev.sitehub.broker.auth.RevocationSweeper;
import dev.sitehub.broker.auth.SiteHubAuthenticator;
import dev.sitehub.broker.auth.VerifiedSecrets;
import dev.sitehub.broker.config.ExtensionSettings;
import dev.sitehub.broker.config.SettingsLoader;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the SiteHub HiveMQ extension: wires the credential store, authenticator,
 * authorizer and revocation sweep, and undoes it on stop.
 */
public final class SiteHubExtensionMain implements ExtensionMain {
  private static final Logger LOG = LoggerFactory.getLogger(SiteHubExtensionMain.class);

  /** Long enough to absorb a reconnect storm; a rotated secret invalidates the memo at once. */
  private static final Duration SECRET_MEMO_TTL = Duration.ofHours(1);

  private final ExtensionSettings givenSettings;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private HikariDataSource dataSource;
  private ScheduledFuture<?> sweep;

  /** Used by a stock broker: settings come from the extension folder and the environment. */
  public SiteHubExtensionMain() {
    this(null);
  }

  /** Used by the embedded launcher, which already has its settings. */
  public SiteHubExtensionMain(ExtensionSettings settings) {
    this.givenSettings = settings;
  }

  /** Completes once the extension is wired, or exceptionally if its start was prevented. */
  public CompletableFuture<Void> started() {
    return started;
  }

  @Override
  public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
    try {
      ExtensionSettings settings =
          givenSettings != null
              ? givenSettings
              : SettingsLoader.load(
                  input.getExtensionInformation().getExtensionHomeFolder().toPath(),
                  System.getenv());
      dataSource = pool(settings);
      PrincipalStore store = new PrincipalStore(dataSource);
      PrincipalCache cache = new PrincipalCache(store, settings.cacheTtl(), Clock.systemUTC());
      ConnectedPrincipals connected = new ConnectedPrincipals();
      VerifiedSecrets secrets = new VerifiedSecrets(SECRET_MEMO_TTL, Clock.systemUTC());
      SiteHubAuthenticator authenticator =
          new SiteHubAuthenticator(
              new CredentialChecker(cache, store, secrets, settings.cloudUsername()),
              connected,
              new AuthFailureCounter(Services.metricRegistry()),
              Services.extensionExecutorService(),
              LoginBackoff.defaults());
      SiteHubAuthorizer authorizer =
          new SiteHubAuthorizer(
              new AccessPolicy(settings.maxFrameBytes(), settings.maxJsonBytes()));
      Services.securityRegistry().setAuthenticatorProvider(i -> authenticator);
      Services.securityRegistry().setAuthorizerProvider(i -> authorizer);
      long every = settings.revocationInterval().toMillis();
      sweep =
          Services.extensionExecutorService()
              .scheduleWithFixedDelay(
                  new RevocationSweeper(connected, store, cache, secrets, Services.clientService()),
                  every,
                  every,
                  TimeUnit.MILLISECONDS);
      LOG.info("SiteHub extension started with {}", settings);
      started.complete(null);
    } catch (RuntimeException e) {
      LOG.error("SiteHub extension cannot start: {}", e.toString());
      closePool();
      output.preventExtensionStartup("SiteHub extension cannot start: " + e.getMessage());
      started.completeExceptionally(e);
    }
  }

  @Override
  public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
    if (sweep != null) {
      sweep.cancel(false);
    }
    closePool();
    LOG.info("SiteHub extension stopped");
  }

  private static HikariDataSource pool(ExtensionSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sitehub-broker");
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.jdbcUser());
    config.setPassword(settings.jdbcPassword());
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(1);
    config.setReadOnly(true);
    config.setConnectionTimeout(5_000);
    // Fail at start, loudly, when the credential store is unreachable.
    config.setInitializationFailTimeout(5_000);
    return new HikariDataSource(config);
  }

  private void closePool() {
    if (dataSource != null) {
      dataSource.close();
      dataSource = null;
    }
  }
}
