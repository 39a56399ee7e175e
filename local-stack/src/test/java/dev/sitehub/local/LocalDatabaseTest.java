package dev.sitehub.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies that the embedded database keeps its data between two runs of the local stack. */
class LocalDatabaseTest {

  @Test
  void embedded_secondStartOnSameFolder_seesDataOfFirst(@TempDir Path dir) throws Exception {
    try (LocalDatabase db = LocalDatabase.start(dir, null, "postgres", "")) {
      assertThat(db.jdbcUrl()).contains("/" + LocalDatabase.DATABASE);
      try (Connection c = DriverManager.getConnection(db.jdbcUrl());
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (v text)");
        s.execute("INSERT INTO kept VALUES ('from the first run')");
      }
    }
    try (LocalDatabase db = LocalDatabase.start(dir, null, "postgres", "");
        Connection c = DriverManager.getConnection(db.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("from the first run");
    }
  }

  @Test
  void external_url_isUsedAsGiven_andReactiveUrlDropsPrefixAndQuery(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=x";
    try (LocalDatabase db = LocalDatabase.start(dir, url, "postgres", "")) {
      assertThat(db.jdbcUrl()).isEqualTo(url);
      assertThat(db.reactiveUrl()).isEqualTo("postgresql://127.0.0.1:5432/test");
    }
  }
}
