package dev.sitehub.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Chooses listening ports: the preferred one when it is free, else any free one. */
final class Ports {
  private Ports() {}

  static int preferredOrFree(int preferred) throws IOException {
    if (isFree(preferred)) {
      return preferred;
    }
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
