package dev.sitehub.protocol.message;

/** Connection state carried in the retained status topic. */
public enum DeviceState {
  ONLINE,
  OFFLINE
}
