package dev.sitehub.cloud.mqtt;

/**
 * Where the broker link hands device messages: the ingestion side implements it and acknowledges
 * each delivery through the {@link Acker} it was opened with, once the message is stored.
 */
public interface DeliveryPipeline extends AutoCloseable {
  void start();

  void offer(Delivery d) throws InterruptedException;

  @Override
  void close();
}
