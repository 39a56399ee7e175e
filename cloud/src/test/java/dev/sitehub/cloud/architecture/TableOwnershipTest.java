package dev.sitehub.cloud.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies that each table has one owning feature, and that SQL in the main sources names only the
 * tables of the feature it is written in. There are no crossings left: a feature that needs another
 * feature's data asks the owner (a public service, or an interface the consumer names).
 */
class TableOwnershipTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/sitehub/cloud");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path CONTRACT = Path.of("../protocol/src/main/resources/db/contract");

  /** Which feature owns each table; every table the migrations create is named here. */
  static final Map<String, String> OWNERS = owners();

  private static final Pattern CREATE =
      Pattern.compile(
          "CREATE TABLE (?:IF NOT EXISTS )?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern TABLE_REF =
      Pattern.compile(
          "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name = \"([a-z0-9_]+)\"");

  /** Verifies that no table of the migrations is left without an owner. */
  @Test
  void tables_withoutOwner_refused() throws IOException {
    Set<String> created = new TreeSet<>();
    for (Path dir : new Path[] {MIGRATIONS, CONTRACT}) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
          Matcher m = CREATE.matcher(Files.readString(f));
          while (m.find()) {
            created.add(m.group(1).toLowerCase());
          }
        }
      }
    }
    assertThat(created).isNotEmpty();
    assertThat(OWNERS.keySet()).as("tables with an owner").containsAll(created);
  }

  /** Verifies that SQL and entities in the main sources name only their own feature's tables. */
  @Test
  void sql_namesAnotherFeaturesTable_refused() throws IOException {
    assertThat(crossings(SOURCES)).isEmpty();
  }

  /**
   * Verifies that the scan finds a crossing when there is one, in SQL text and in an entity's
   * {@code @Table}, so the empty answer above means something.
   */
  @Test
  void crossings_sqlAndEntityOfAnotherFeature_found(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("alerts"));
    Files.writeString(
        root.resolve("alerts/Peek.java"),
        "class Peek { String q = \"SELECT site_id FROM device_status WHERE online\"; }");
    Files.createDirectories(root.resolve("media"));
    Files.writeString(
        root.resolve("media/Borrowed.java"),
        "@Entity @Table(name = \"alert_rule\") class Borrowed {}\n"
            + "class Own { String q = \"INSERT INTO media_snapshot (id) VALUES (1)\"; }");

    assertThat(crossings(root))
        .containsExactlyInAnyOrder("alerts -> device_status", "media -> alert_rule");
  }

  static Set<String> crossings(Path sources) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String feature = sources.relativize(f).getName(0).toString();
        String src = Files.readString(f);
        Set<String> tables = new TreeSet<>();
        Matcher lit = LITERAL.matcher(src);
        while (lit.find()) {
          Matcher ref = TABLE_REF.matcher(lit.group(1));
          while (ref.find()) {
            tables.add(ref.group(1).toLowerCase());
          }
        }
        Matcher entity = ENTITY_TABLE.matcher(src);
        while (entity.find()) {
          tables.add(entity.group(1));
        }
        for (String t : tables) {
          String owner = OWNERS.get(t);
          if (owner != null && !owner.equals(feature)) {
            found.add(feature + " -> " + t);
          }
        }
      }
    }
    return found;
  }

  private static Map<String, String> owners() {
    Map<String, String> o = new HashMap<>();
    own(
        o,
        "accounts",
        "app_user user_role site_membership user_contact auth_session login_failure password_reset");
    own(o, "sites", "site");
    own(o, "audit", "audit_event");
    own(o, "devices", "device mqtt_principal mqtt_claim device_command");
    // Ingestion keeps a box's liveness in the transaction of each batch; devices asks for it.
    own(
        o,
        "telemetry",
        "reading reading_latest reading_rollup_1m device_event ingested_seq telemetry_gap"
            + " device_seq_mark device_status");
    own(o, "alerts", "alert alert_rule alert_site_settings alert_quiet_calendar");
    own(o, "notifications", "alert_notification notification_preference webhook_outbox");
    own(o, "live", "live_stream_demand live_viewer_lease");
    own(o, "media", "media_snapshot media_snapshot_request media_timelapse_job");
    own(
        o,
        "enterprises",
        "enterprise enterprise_certificate enterprise_staff enterprise_reference");
    own(o, "consultation", "inquiry inquiry_thread inquiry_message");
    own(
        o,
        "contracts",
        "contract contract_party contract_signature contract_version project project_stage");
    own(o, "design", "design_proposal design_comment design_confirmation");
    own(o, "materials", "material_line material_order delivery_acceptance");
    own(o, "milestones", "milestone");
    own(
        o,
        "inspections",
        "inspection inspection_item rectification rectification_fix checklist_extra_item");
    own(o, "acceptance", "acceptance_record acceptance_criterion acceptance_still");
    own(
        o,
        "settlement",
        "ledger_txn ledger_posting dispute payment_order payment_instruction enterprise_payout"
            + " payment_mismatch");
    own(o, "evaluation", "evaluation enterprise_evaluation");
    own(o, "evidence", "evidence_link evidence_key");
    own(o, "messaging", "project_message project_message_read");
    return Map.copyOf(o);
  }

  private static void own(Map<String, String> o, String feature, String tables) {
    for (String t : tables.split(" ")) {
      o.put(t, feature);
    }
  }
}
