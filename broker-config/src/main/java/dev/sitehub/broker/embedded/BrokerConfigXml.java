package dev.sitehub.broker.embedded;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Renders the HiveMQ config.xml for an embedded broker and validates it against HiveMQ's own
 * schema, because HiveMQ itself only logs a bad config and starts on 0.0.0.0:1883 instead.
 */
public final class BrokerConfigXml {
  static final String BIND_ADDRESS = "127.0.0.1";

  private BrokerConfigXml() {}

  public static String render(int port, boolean inMemory, long maxQueueSize, int maxPacketBytes) {
    return render(port, null, 0, inMemory, maxQueueSize, maxPacketBytes, 0);
  }

  /**
   * As {@link #render(int, boolean, long, int)}, with a TLS listener on {@code tlsPort} when {@code
   * tls} is not null (TLS 1.3 and 1.2, no client certificates: boxes authenticate with their
   * secret).
   */
  public static String render(
      int port,
      EmbeddedBrokerConfig.TlsListener tls,
      int tlsPort,
      boolean inMemory,
      long maxQueueSize,
      int maxPacketBytes,
      long incomingBytesPerSecond) {
    String tlsListener =
        tls == null
            ? ""
            : """
                <tls-tcp-listener>
                  <port>%d</port>
                  <bind-address>%s</bind-address>
                  <tls>
                    <keystore>
                      <path>%s</path>
                      <password>%s</password>
                      <private-key-password>%s</private-key-password>
                    </keystore>
                    <protocols>
                      <protocol>TLSv1.3</protocol>
                      <protocol>TLSv1.2</protocol>
                    </protocols>
                    <client-authentication-mode>NONE</client-authentication-mode>
                  </tls>
                </tls-tcp-listener>
            """
                .formatted(
                    tlsPort,
                    BIND_ADDRESS,
                    xml(tls.keystore().toAbsolutePath().toString()),
                    xml(tls.keystorePassword()),
                    xml(tls.keyPassword()));
    return """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
            </tcp-listener>
        %s  </listeners>
          <mqtt>
            <queued-messages>
              <max-queue-size>%d</max-queue-size>
              <strategy>discard</strategy>
            </queued-messages>
            <packets>
              <max-packet-size>%d</max-packet-size>
            </packets>
          </mqtt>
          <restrictions>
            <max-client-id-length>64</max-client-id-length>
            <incoming-bandwidth-throttling>%d</incoming-bandwidth-throttling>
          </restrictions>
          <persistence>
            <mode>%s</mode>
          </persistence>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(
            port,
            BIND_ADDRESS,
            tlsListener,
            maxQueueSize,
            maxPacketBytes,
            incomingBytesPerSecond,
            inMemory ? "in-memory" : "file");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Throws {@link IllegalStateException} naming the first schema violation. */
  public static void validate(String xml) {
    URL xsd = BrokerConfigXml.class.getClassLoader().getResource("config.xsd");
    if (xsd == null) {
      throw new IllegalStateException("HiveMQ config.xsd not on the classpath");
    }
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      Schema schema = factory.newSchema(xsd);
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("invalid HiveMQ config: " + e.getMessage(), e);
    }
  }
}
