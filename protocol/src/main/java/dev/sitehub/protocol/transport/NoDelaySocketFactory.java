package dev.sitehub.protocol.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets with Nagle's algorithm off, for MQTT clients ({@code
 * MqttConnectionOptions.setSocketFactory}).
 *
 * <p>Why: Paho 1.2.5 never sets TCP_NODELAY and flushes each PUBACK on its own. HiveMQ CE sends a
 * consumer at most 50 messages and polls the next batch only once the last of them is acknowledged.
 * With Nagle on, the first PUBACK of a batch goes out and the other 49 wait until the broker's
 * kernel acknowledges that segment, which it delays (about 40 ms) because the broker has nothing to
 * send while it waits for the acks: one stall per batch, about 1,000 msg/s per connection
 * (docs/BENCHMARKS.md, "The ceiling that wasn't the broker"). Paho creates its socket unconnected
 * through {@link #createSocket()}, so the option is set before the connect and stays set.
 */
public final class NoDelaySocketFactory extends SocketFactory {
  /** The factory is stateless; one instance serves every client. */
  public static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

  private NoDelaySocketFactory() {}

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(new Socket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(new Socket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(new Socket(address, port, localAddress, localPort));
  }

  static Socket noDelay(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    return s;
  }
}
