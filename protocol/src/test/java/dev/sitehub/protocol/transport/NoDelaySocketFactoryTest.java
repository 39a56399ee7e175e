package dev.sitehub.protocol.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class NoDelaySocketFactoryTest {

  /** Verifies that the option survives the connect, as Paho creates the socket unconnected. */
  @Test
  void createSocket_unconnectedThenConnected_hasTcpNoDelay() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket s = NoDelaySocketFactory.INSTANCE.createSocket()) {
      s.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 2000);
      try (Socket accepted = server.accept()) {
        assertThat(s.isConnected()).isTrue();
        assertThat(s.getTcpNoDelay()).isTrue();
      }
    }
  }

  @Test
  void createSocket_connectingOverloads_haveTcpNoDelay() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Socket byName =
            NoDelaySocketFactory.INSTANCE.createSocket("127.0.0.1", server.getLocalPort());
        Socket byAddress =
            NoDelaySocketFactory.INSTANCE.createSocket(
                server.getInetAddress(), server.getLocalPort())) {
      assertThat(byName.getTcpNoDelay()).isTrue();
      assertThat(byAddress.getTcpNoDelay()).isTrue();
    }
  }

  @Test
  void sslCreateSocket_unconnectedThenConnected_hasTcpNoDelay() throws Exception {
    NoDelaySslSocketFactory f =
        new NoDelaySslSocketFactory((SSLSocketFactory) SSLSocketFactory.getDefault());
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket s = f.createSocket()) {
      s.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 2000);
      try (Socket accepted = server.accept()) {
        assertThat(s.getTcpNoDelay()).isTrue();
      }
    }
  }

  /** A plain socket without the factory keeps Nagle on: the option is not a platform default. */
  @Test
  void plainSocket_withoutFactory_hasNagleOn() throws Exception {
    try (Socket s = new Socket()) {
      assertThat(s.getTcpNoDelay()).isFalse();
    }
  }
}
