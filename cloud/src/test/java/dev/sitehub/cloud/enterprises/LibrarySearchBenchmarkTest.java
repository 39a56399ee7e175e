package dev.sitehub.cloud.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.TestUsers;
import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.common.Ids;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Library search latency at 10,000 verified enterprises and 100,000 evaluations, through the HTTP
 * API and through the service. Run with {@code mvn -B -q -pl cloud -am verify -Pbench
 * -Dtest=LibrarySearchBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class LibrarySearchBenchmarkTest {
  static final int ENTERPRISES = 10_000;
  static final int EVALUATIONS = 100_000;
  static final int QUERIES = 1_000;
  static final int WARMUP = 200;
  static final String[] TYPES = {
    "MATERIAL_SUPPLIER", "DESIGN_COMPANY", "DECORATION_COMPANY", "SUPERVISION_COMPANY"
  };
  static final String[] SPECIALTIES = {
    "kitchen",
    "bathroom",
    "flooring",
    "waterproofing",
    "electrical",
    "painting",
    "carpentry",
    "smart-home"
  };

  @Inject AgroalDataSource db;
  @Inject LibraryService library;
  @Inject Ids ids;
  @Inject TestUsers users;
  @Inject EnterpriseRatings ratings;

  @TestHTTPResource("/api/enterprises")
  URI searchUri;

  private String run;

  @BeforeEach
  void seed() throws SQLException {
    run = "bench-" + ids.randomText(6);
    long t0 = System.nanoTime();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      // 20 cities x 8 districts; 1-3 specialties; every enterprise verified so all count.
      st.executeUpdate(
          "INSERT INTO enterprise (enterprise_id, type, name, credit_code, city, district,"
              + " specialties, price_band, status)"
              + " SELECT '"
              + run
              + "-' || g,"
              + " (ARRAY['MATERIAL_SUPPLIER','DESIGN_COMPANY','DECORATION_COMPANY','SUPERVISION_COMPANY'])[1 + g % 4],"
              + " 'Bench ' || g, '"
              + run.substring(6)
              + "' || lpad(g::text, 12, '0'),"
              + " '"
              + run
              + "-city-' || (g % 20), 'd' || (g / 20 % 8),"
              + " (ARRAY['kitchen','bathroom','flooring','waterproofing','electrical','painting','carpentry','smart-home'])[1 + g % 8:1 + g % 8 + g % 3],"
              + " 1 + g % 5, 'VERIFIED' FROM generate_series(1, "
              + ENTERPRISES
              + ") g");
      st.executeUpdate(
          "INSERT INTO enterprise_evaluation (evaluation_id, enterprise_id, stars)"
              + " SELECT '"
              + run
              + "-e' || g,"
              + " '"
              + run
              + "-' || (1 + abs(hashtext(g::text)) % "
              + ENTERPRISES
              + "),"
              + " 1 + abs(hashtext((g * 7)::text)) % 5"
              + " FROM generate_series(1, "
              + EVALUATIONS
              + ") g");
      st.executeUpdate(
          "UPDATE enterprise e SET rating_count = s.n, rating_sum = s.total FROM"
              + " (SELECT enterprise_id, count(*) n, sum(stars) total FROM enterprise_evaluation"
              + "  WHERE enterprise_id LIKE '"
              + run
              + "-%' GROUP BY enterprise_id) s"
              + " WHERE e.enterprise_id = s.enterprise_id");
      c.commit();
    }
    ratings.rescore();
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.execute("ANALYZE enterprise");
    }
    System.out.printf(
        "benchmark seed: %d enterprises, %d evaluations in %d ms%n",
        ENTERPRISES, EVALUATIONS, (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterEach
  void cleanUp() throws SQLException {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM enterprise WHERE enterprise_id LIKE '" + run + "-%'");
    }
  }

  private LibraryQuery randomQuery(Random r) {
    int kind = r.nextInt(6);
    String city = run + "-city-" + r.nextInt(20);
    return switch (kind) {
      case 0 -> new LibraryQuery(null, null, null, null, null, null, null, r.nextInt(5), 20);
      case 1 ->
          new LibraryQuery(
              EnterpriseType.valueOf(TYPES[r.nextInt(4)]),
              city,
              null,
              null,
              null,
              null,
              null,
              0,
              20);
      case 2 ->
          new LibraryQuery(
              null, city, "d" + r.nextInt(8), SPECIALTIES[r.nextInt(8)], null, null, null, 0, 20);
      case 3 ->
          new LibraryQuery(
              EnterpriseType.valueOf(TYPES[r.nextInt(4)]),
              null,
              null,
              SPECIALTIES[r.nextInt(8)],
              2,
              4,
              null,
              r.nextInt(3),
              20);
      case 4 -> new LibraryQuery(null, null, null, null, null, null, 3.2, 0, 50);
      default ->
          new LibraryQuery(
              EnterpriseType.valueOf(TYPES[r.nextInt(4)]),
              null,
              null,
              null,
              1 + r.nextInt(5),
              5,
              3.0,
              r.nextInt(10),
              20);
    };
  }

  @Test
  void search_tenThousandEnterprises_p95Under50ms() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Random r = new Random(42);
    String token = TestUsers.token(userForBench());
    double[] http = new double[QUERIES];
    double[] service = new double[QUERIES];
    for (int i = -WARMUP; i < QUERIES; i++) {
      LibraryQuery q = randomQuery(r);
      long t0 = System.nanoTime();
      LibraryPage page = library.search(q);
      long t1 = System.nanoTime();
      StringBuilder qs = new StringBuilder("?page=" + q.page() + "&size=" + q.size());
      param(qs, "type", q.type() == null ? null : q.type().name());
      param(qs, "city", q.city());
      param(qs, "district", q.district());
      param(qs, "specialty", q.specialty());
      param(qs, "minPriceBand", q.minPriceBand());
      param(qs, "maxPriceBand", q.maxPriceBand());
      param(qs, "minRating", q.minScore());
      HttpRequest get =
          HttpRequest.newBuilder(URI.create(searchUri + qs.toString()))
              .header("Authorization", "Bearer " + token)
              .build();
      long t2 = System.nanoTime();
      HttpResponse<String> res = client.send(get, HttpResponse.BodyHandlers.ofString());
      long t3 = System.nanoTime();
      int status = res.statusCode();
      assertThat(status).isEqualTo(200);
      if (i >= 0) {
        service[i] = (t1 - t0) / 1e6;
        http[i] = (t3 - t2) / 1e6;
      }
      if (i == 0) {
        assertThat(page.total()).isPositive();
      }
    }
    Arrays.sort(http);
    Arrays.sort(service);
    System.out.printf(
        "library search over HTTP (JDK client, same JVM): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d queries)%n",
        pct(http, 50), pct(http, 95), pct(http, 99), http[QUERIES - 1], QUERIES);
    System.out.printf(
        "library search in service: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        pct(service, 50), pct(service, 95), pct(service, 99));
    printPlan();
    assertThat(pct(http, 95)).isLessThan(50.0);
  }

  private dev.sitehub.cloud.accounts.UserAccount userForBench() {
    return users.user(Role.HOMEOWNER);
  }

  private void printPlan() throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "EXPLAIN (ANALYZE, BUFFERS OFF) SELECT e.enterprise_id FROM enterprise e"
                    + " WHERE e.status = 'VERIFIED' AND e.type = 'DECORATION_COMPANY'"
                    + " AND e.specialties @> ARRAY['kitchen']::text[]"
                    + " ORDER BY e.rating_score DESC, e.rating_count DESC, e.enterprise_id"
                    + " LIMIT 20 OFFSET 40")) {
      List<String> lines = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(rs.getString(1));
        }
      }
      System.out.println(
          "plan of a type + specialty search, page 3:\n  " + String.join("\n  ", lines));
    }
  }

  private static void param(StringBuilder qs, String name, Object value) {
    if (value != null) {
      qs.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }

  static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }
}
