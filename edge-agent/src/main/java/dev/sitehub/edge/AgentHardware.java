package dev.sitehub.edge;

import com.pi4j.context.Context;
import dev.sitehub.edge.camera.FrameSources;
import dev.sitehub.edge.sensors.SerialPortSource;

/**
 * The hardware handed to the agent: a Pi4J {@link Context} (real or mock; null for no sensors), the
 * camera source factory, and the PMS5003 serial port opener. Nothing is looked up globally. When
 * {@code sampleOnTimer} is false the owner (the simulator) drives sampling itself.
 */
public record AgentHardware(
    Context pi4j, FrameSources frameSources, SerialPortSource serial, boolean sampleOnTimer) {

  /** Production hardware: sensors on {@code pi4j}, cameras from their configured sources. */
  public static AgentHardware of(Context pi4j) {
    return new AgentHardware(pi4j, FrameSources.standard(), SerialPortSource.files(), true);
  }
}
