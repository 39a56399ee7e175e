/**
 * How every SiteHub MQTT client opens its TCP connection. JDK only, so that the edge agent, the
 * broker's tests, the cloud and the benchmarks share one implementation without a Paho dependency
 * here.
 */
package dev.sitehub.protocol.transport;
