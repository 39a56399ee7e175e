package dev.sitehub.broker;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** Records what a Paho client sees: arriving messages and the broker's DISCONNECT reason. */
public final class RecordingCallback implements MqttCallback {
  /** A message as it arrived. */
  public record Arrived(String topic, MqttMessage message) {}

  public final BlockingQueue<Arrived> messages = new LinkedBlockingQueue<>();

  /** -1 until the connection drops; then the DISCONNECT reason code (0 if none was sent). */
  public final AtomicInteger disconnectCode = new AtomicInteger(-1);

  @Override
  public void disconnected(MqttDisconnectResponse response) {
    disconnectCode.set(response.getReturnCode());
  }

  @Override
  public void mqttErrorOccurred(MqttException exception) {}

  @Override
  public void messageArrived(String topic, MqttMessage message) {
    messages.add(new Arrived(topic, message));
  }

  @Override
  public void deliveryComplete(IMqttToken token) {}

  @Override
  public void connectComplete(boolean reconnect, String serverUri) {}

  @Override
  public void authPacketArrived(int reasonCode, MqttProperties properties) {}
}
