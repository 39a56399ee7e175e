package dev.sitehub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One PostgreSQL database the stack under test uses, with the URLs in the two forms the cloud
 * wants.
 *
 * @param host server host
 * @param port server port
 * @param name database name
 * @param user user (trust or empty password on these machines)
 */
public record Database(String host, int port, String name, String user) {

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  /** The Vert.x reactive form, which has no {@code jdbc:} prefix. */
  public String reactiveUrl() {
    return "postgresql://" + host + ":" + port + "/" + name;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user, "");
  }
}
