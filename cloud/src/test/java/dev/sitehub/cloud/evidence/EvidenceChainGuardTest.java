package dev.sitehub.cloud.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitehub.cloud.LifecycleFixtures;
import dev.sitehub.cloud.LifecycleFixtures.Site;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.common.UnitOfWork;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Verifies, against the real database, what keeps the evidence chain honest against whoever owns
 * that database: the append-only triggers, the append time inside the hash, the signed heads, the
 * receipts that expose a dropped tail, and key rotation.
 */
@QuarkusTest
class EvidenceChainGuardTest {
  private static final List<String> TRIGGERS =
      List.of("evidence_link_append_only", "evidence_link_no_truncate");

  @Inject LifecycleFixtures fixtures;
  @Inject EvidenceService evidence;
  @Inject EvidenceLinkRepository linkRepository;
  @Inject AttachmentStore store;
  @Inject Clock clock;
  @Inject UnitOfWork work;
  @Inject EvidenceSigner signer;
  @Inject AgroalDataSource db;

  @Test
  void updateDeleteTruncate_onEvidenceLink_refusedByTrigger() {
    Site s = chainOfThree();
    assertThatThrownBy(
            () ->
                sql(
                    "UPDATE evidence_link SET record_hash = ? WHERE project_id = ? AND seq = 1",
                    "f".repeat(64),
                    s.projectId()))
        .hasMessageContaining("evidence is append-only: UPDATE on evidence_link refused");
    assertThatThrownBy(
            () -> sql("DELETE FROM evidence_link WHERE project_id = ? AND seq = 3", s.projectId()))
        .hasMessageContaining("evidence is append-only: DELETE on evidence_link refused");
    assertThatThrownBy(() -> sql("TRUNCATE evidence_link"))
        .hasMessageContaining("evidence is append-only: TRUNCATE on evidence_link refused");
    assertThatThrownBy(() -> sql("DELETE FROM evidence_key"))
        .hasMessageContaining("evidence is append-only: DELETE on evidence_key refused");
    assertThat(count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId()))
        .isEqualTo(3);
    assertThat(evidence.verify(s.projectId()).intact()).isTrue();
  }

  @Test
  void newLinks_hashAppendTimeAndSignHead_reportGivesReceipt() {
    Site s = chainOfThree();
    List<ChainLink> links = evidence.links(s.projectId());
    assertThat(links).allSatisfy(l -> assertThat(l.hashVersion()).isEqualTo(2));
    assertThat(links).allSatisfy(l -> assertThat(l.keyId()).isEqualTo(signer.keyId()));
    ChainReport r = evidence.verify(s.projectId());
    assertThat(r.intact()).as(r.summary()).isTrue();
    HeadReceipt receipt = HeadReceipt.parse(r.receipt()).orElseThrow();
    assertThat(receipt.seq()).isEqualTo(3);
    assertThat(receipt.linkHash()).isEqualTo(r.headHash());
    assertThat(TrustedKeys.of(evidence.keys()).verifies(receipt)).isTrue();
  }

  @Test
  void appendTime_changedWithTriggerDisabled_linkHashBroken() {
    Site s = chainOfThree();
    asOwner(
        "UPDATE evidence_link SET appended_at = appended_at - interval '1 day'"
            + " WHERE project_id = ? AND seq = 2",
        s.projectId());
    ChainReport r = evidence.verify(s.projectId());
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenSeq()).isEqualTo(2);
    assertThat(r.problem()).isEqualTo(ChainProblem.LINK_HASH);
  }

  /**
   * Verifies that an owner who rewrites a record and recomputes every hash after it, so the chain
   * is self-consistent again, is still caught: the heads were signed, and their signatures no
   * longer verify.
   */
  @Test
  void recordRewrittenAndRehashed_withTriggerDisabled_signatureInvalid() {
    Site s = chainOfThree();
    List<ChainLink> links = evidence.links(s.projectId());
    String prev = links.get(0).linkHash();
    for (ChainLink l : links.subList(1, links.size())) {
      ChainLink forged =
          new ChainLink(
              l.projectId(),
              l.seq(),
              l.kind(),
              l.recordId(),
              l.seq() == 2 ? "a".repeat(64) : l.recordHash(),
              prev,
              null,
              l.appendedAt(),
              2,
              l.keyId(),
              l.headSignature());
      String hash = Canonical.linkHash(2, forged, prev);
      asOwner(
          "UPDATE evidence_link SET record_hash = ?, prev_hash = ?, link_hash = ?"
              + " WHERE project_id = ? AND seq = ?",
          forged.recordHash(),
          prev,
          hash,
          s.projectId(),
          l.seq());
      prev = hash;
    }
    ChainReport r = evidence.verify(s.projectId());
    assertThat(r.intact()).isFalse();
    assertThat(r.brokenSeq()).isEqualTo(2);
    assertThat(r.problem()).isEqualTo(ChainProblem.SIGNATURE_INVALID);
    assertThat(r.reason()).isEqualTo("head signature does not verify");
  }

  @Test
  void headSignature_forgedWithAnotherKey_detected() {
    Site s = chainOfThree();
    ChainLink head = evidence.links(s.projectId()).get(2);
    EvidenceSigner forger = EvidenceSigner.generate();
    // Same statement, same claimed key id, signed by a key the server never had.
    String forged = forger.sign(head.receipt().statement());
    asOwner(
        "UPDATE evidence_link SET head_signature = ? WHERE project_id = ? AND seq = 3",
        forged,
        s.projectId());
    ChainReport r = evidence.verify(s.projectId());
    assertThat(r.problem()).isEqualTo(ChainProblem.SIGNATURE_INVALID);
    assertThat(r.brokenSeq()).isEqualTo(3);

    // Signed under the forger's own key id: that key is not published.
    HeadReceipt own = forger.signHead(head);
    asOwner(
        "UPDATE evidence_link SET key_id = ?, head_signature = ? WHERE project_id = ? AND seq = 3",
        own.keyId(),
        own.signature(),
        s.projectId());
    r = evidence.verify(s.projectId());
    assertThat(r.problem()).isEqualTo(ChainProblem.KEY_UNKNOWN);
    assertThat(r.reason()).contains(forger.keyId()).contains("not published");
  }

  /**
   * Verifies that removing the newest links leaves a chain that checks out on its own, and that a
   * party's receipt of the removed head exposes it, through the API and the command line.
   */
  @Test
  void tailDropped_withTriggerDisabled_receiptDetectsIt() throws Exception {
    Site s = chainOfThree();
    String receipt =
        given()
            .auth()
            .oauth2(s.customerToken())
            .get("/api/projects/" + s.projectId() + "/evidence/verify")
            .then()
            .statusCode(200)
            .body("intact", equalTo(true))
            .body("receipt", startsWith(HeadReceipt.PREFIX + " " + s.projectId() + " 3 "))
            .extract()
            .path("receipt");

    asOwner("DELETE FROM evidence_link WHERE project_id = ? AND seq >= 2", s.projectId());

    assertThat(evidence.verify(s.projectId()).intact()).as("self-consistent remainder").isTrue();
    given()
        .auth()
        .oauth2(s.customerToken())
        .queryParam("receipt", receipt)
        .get("/api/projects/" + s.projectId() + "/evidence/verify")
        .then()
        .statusCode(200)
        .body("intact", equalTo(false))
        .body("problem", equalTo("TAIL_DROPPED"))
        .body("brokenSeq", equalTo(3))
        .body("reason", startsWith("tail dropped"));
    given()
        .auth()
        .oauth2(s.customerToken())
        .queryParam("receipt", "not a receipt")
        .get("/api/projects/" + s.projectId() + "/evidence/verify")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://sitehub.dev/problems/evidence-receipt-malformed"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(cli(out, s.projectId(), "--receipt=" + receipt)).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("BROKEN at link 3: tail dropped");
  }

  /**
   * Verifies that after the server's key is replaced, heads signed by the old key still verify,
   * both keys are published with only the new one current, and the command line accepts a kept copy
   * of the published keys but refuses heads whose key that copy lacks.
   */
  @Test
  void rotation_headsOfOldKeyStillVerify_bothKeysPublished() throws Exception {
    Site s = chainOfThree();
    EvidenceSigner next = EvidenceSigner.generate();
    EvidenceService rotated = new EvidenceService(work, linkRepository, store, clock, next);
    String txn = ledgerTxn(s.projectId());
    ChainLink appended =
        work.write(() -> rotated.appending(s.projectId(), RecordKind.LEDGER_POSTING, txn));
    assertThat(appended.seq()).isEqualTo(4);
    assertThat(appended.keyId()).isEqualTo(next.keyId());

    ChainReport r = rotated.verify(s.projectId());
    assertThat(r.intact()).as(r.summary()).isTrue();
    assertThat(r.links()).isEqualTo(4);
    List<PublishedKey> published = rotated.keys();
    assertThat(published).extracting(PublishedKey::keyId).contains(signer.keyId(), next.keyId());
    assertThat(published)
        .filteredOn(PublishedKey::current)
        .extracting(PublishedKey::keyId)
        .containsExactly(next.keyId());
    // The public endpoint lists both too, as the old instance still sees them.
    String keysJson =
        given()
            .get("/api/evidence/keys")
            .then()
            .statusCode(200)
            .body("find { it.keyId == '" + next.keyId() + "' }.algorithm", equalTo("Ed25519"))
            .extract()
            .asString();

    Path kept = Files.createTempFile("evidence-keys", ".json");
    try {
      Files.writeString(kept, keysJson);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(cli(out, s.projectId(), "--keys=" + kept)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("intact").contains("4 links");

      List<PublishedKey> oldOnly = new ArrayList<>();
      oldOnly.add(signer.published(false));
      Files.writeString(kept, new ObjectMapper().writeValueAsString(oldOnly));
      assertThat(cli(out, s.projectId(), "--keys=" + kept)).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .startsWith("BROKEN at link 4")
          .contains("not published");
    } finally {
      Files.deleteIfExists(kept);
    }
  }

  /** A fresh project whose chain holds three links: ledger records filed after what it has. */
  private Site chainOfThree() {
    Site s = fixtures.project(1_000_000L);
    long existing = count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId());
    for (long i = existing; i < 3; i++) {
      String txn = ledgerTxn(s.projectId());
      work.write(() -> evidence.appending(s.projectId(), RecordKind.LEDGER_POSTING, txn));
    }
    assertThat(count("SELECT count(*) FROM evidence_link WHERE project_id = ?", s.projectId()))
        .isEqualTo(3);
    return s;
  }

  /** A ledger transaction without postings: enough of a record to be filed in the chain. */
  private String ledgerTxn(String projectId) {
    String id = "txn-ev-" + UUID.randomUUID();
    sql(
        "INSERT INTO ledger_txn (txn_id, project_id, idempotency_key, request_hash, kind, at)"
            + " VALUES (?, ?, ?, ?, 'REFUND', ?)",
        id,
        projectId,
        id,
        "0".repeat(64),
        Timestamp.from(Instant.now()));
    return id;
  }

  /** Runs SQL as the database owner can: with the evidence triggers off, then on again. */
  private void asOwner(String update, Object... args) {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      for (String t : TRIGGERS) {
        st.execute("ALTER TABLE evidence_link DISABLE TRIGGER " + t);
      }
      try (PreparedStatement ps = c.prepareStatement(update)) {
        bind(ps, args);
        assertThat(ps.executeUpdate()).isPositive();
      }
      for (String t : TRIGGERS) {
        st.execute("ALTER TABLE evidence_link ENABLE TRIGGER " + t);
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sql(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private long count(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static int cli(ByteArrayOutputStream out, String projectId, String option) {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String media = ConfigProvider.getConfig().getValue("sitehub.attachments.dir", String.class);
    out.reset();
    return VerifyChainMain.run(
        new String[] {option, url + "&user=postgres", media, projectId},
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }
}
