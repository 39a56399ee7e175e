package dev.sitehub.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

  @Test
  void preferredOrFree_takenPort_returnsAnotherFreePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int chosen = Ports.preferredOrFree(taken.getLocalPort());
      assertThat(chosen).isNotEqualTo(taken.getLocalPort());
      assertThat(Ports.isFree(chosen)).isTrue();
    }
  }

  @Test
  void preferredOrFree_freePort_returnsIt() throws Exception {
    int free;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      free = s.getLocalPort();
    }
    assertThat(Ports.preferredOrFree(free)).isEqualTo(free);
  }
}
