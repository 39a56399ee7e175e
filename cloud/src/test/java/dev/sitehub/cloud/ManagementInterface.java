package dev.sitehub.cloud;

import java.net.URL;

/**
 * The origin of the management interface a test injected with {@code @TestHTTPResource(value = "/",
 * management = true)}; that URL carries the management root path ({@code /q/}), which the
 * endpoints' own paths already name.
 */
public final class ManagementInterface {
  private ManagementInterface() {}

  public static String origin(URL injected) {
    return injected.getProtocol() + "://" + injected.getHost() + ":" + injected.getPort();
  }
}
