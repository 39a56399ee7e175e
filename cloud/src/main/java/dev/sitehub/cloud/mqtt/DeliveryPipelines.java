package dev.sitehub.cloud.mqtt;

/** Opens the pipeline the broker link feeds; named here, implemented by the ingestion feature. */
public interface DeliveryPipelines {
  DeliveryPipeline create(Acker acker);
}
