package dev.sitehub.cloud;

import dev.sitehub.cloud.accounts.Role;
import dev.sitehub.cloud.attachments.AttachmentStore;
import dev.sitehub.cloud.attachments.AttachmentType;
import dev.sitehub.cloud.attachments.StoredAttachment;
import dev.sitehub.cloud.common.Ids;
import dev.sitehub.cloud.contracts.Project;
import dev.sitehub.cloud.contracts.ProjectService;
import dev.sitehub.cloud.milestones.MilestoneService;
import dev.sitehub.cloud.settlement.LedgerService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a matrix site's project into the state each lifecycle endpoint needs to succeed, so that the
 * authorization matrix can tell "refused" from "allowed". The project of a site is created by the
 * first caller, who becomes its customer (the caller is a member of its own site).
 */
@ApplicationScoped
public class LifecycleMatrix {
  private final AgroalDataSource db;
  private final ProjectService projects;
  private final MilestoneService milestones;
  private final LedgerService ledger;
  private final AttachmentStore files;
  private final Ids ids;

  /** A 1x1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  private final Map<String, String> projectPerSite = new ConcurrentHashMap<>();
  private final Map<String, String> supplierPerProject = new ConcurrentHashMap<>();

  public LifecycleMatrix(
      AgroalDataSource db,
      ProjectService projects,
      MilestoneService milestones,
      LedgerService ledger,
      AttachmentStore files,
      Ids ids) {
    this.db = db;
    this.projects = projects;
    this.milestones = milestones;
    this.ledger = ledger;
    this.files = files;
    this.ids = ids;
  }

  /** The site's project (created on first use with four GENERAL stages of 100,000 fen). */
  public String project(String siteId, String customerId) {
    return projectPerSite.computeIfAbsent(siteId, s -> create(s, customerId));
  }

  /** Another project on the site, for calls whose effects must not reach the site's project. */
  public String newProject(String siteId, String customerId) {
    return create(siteId, customerId);
  }

  public Project get(String projectId) {
    return projects.get(projectId);
  }

  public String staffOf(String projectId) {
    return "usr-staff-" + projectId;
  }

  private String create(String siteId, String customerId) {
    String contractId = ids.next("ctr");
    String projectId = ids.next("prj");
    exec(
        "INSERT INTO contract (contract_id, customer_id, created_by) VALUES (?,?,?)",
        contractId,
        customerId,
        customerId);
    // The contract also names the caller in each staff role they hold, so that a matrix caller
    // acts on their own project in the part their global role stands for.
    exec(
        "INSERT INTO contract_version (contract_id, version, status, terms, document, fingerprint,"
            + " filing_number, filed_at, created_by) VALUES (?,1,'FILED', jsonb_build_object('staff',"
            + " ?::jsonb || (SELECT coalesce(jsonb_agg(jsonb_build_object('role', role, 'userId',"
            + " user_id, 'enterpriseId', 'ent-matrix')), '[]'::jsonb) FROM user_role WHERE user_id = ?"
            + " AND role IN ('SUPERVISOR', 'PROJECT_MANAGER', 'DESIGNER', 'BUDGETER'))),"
            + " 'doc',?,?,now(),?)",
        contractId,
        "[" + named(Role.PROJECT_MANAGER, staffOf(projectId), "ent-matrix") + "]",
        customerId,
        "a".repeat(64),
        "MX-" + projectId,
        customerId);
    exec(
        "INSERT INTO project (project_id, contract_id, site_id, customer_id) VALUES (?,?,?,?)",
        projectId,
        contractId,
        siteId,
        customerId);
    for (int seq = 1; seq <= 4; seq++) {
      exec(
          "INSERT INTO project_stage (project_id, seq, name, share_bp, amount_fen, payable_fen,"
              + " retained_fen) VALUES (?,?,?,2500,100000,95000,5000)",
          projectId,
          seq,
          "stage " + seq);
    }
    milestones.sync(projects.get(projectId));
    return projectId;
  }

  private static String named(Role role, String userId, String enterpriseId) {
    return "{\"role\":\""
        + role.name()
        + "\",\"userId\":\""
        + userId
        + "\",\"enterpriseId\":\""
        + enterpriseId
        + "\"}";
  }

  /**
   * Names {@code userId} in the project's contract in {@code role} for the enterprise, as a filed
   * amendment would: a new filed version with the staff added (filed versions are immutable).
   */
  public void name(String projectId, Role role, String userId, String enterpriseId) {
    String staff = "[" + named(role, userId, enterpriseId) + "]";
    String contractId = get(projectId).contractId();
    exec(
        "INSERT INTO contract_version (contract_id, version, status, terms, document, fingerprint,"
            + " filing_number, filed_at, created_by) SELECT contract_id, version + 1, 'FILED',"
            + " jsonb_set(terms, '{staff}', terms->'staff' || ?::jsonb), 'doc', fingerprint,"
            + " filing_number || '-' || (version + 1), now(), created_by FROM contract_version"
            + " WHERE contract_id = ? AND version = (SELECT max(version) FROM contract_version"
            + " WHERE contract_id = ?) AND NOT terms->'staff' @> ?::jsonb",
        staff,
        contractId,
        contractId,
        staff);
  }

  public void milestone(String projectId, int seq, String state) {
    exec("UPDATE milestone SET state = ? WHERE project_id = ? AND seq = ?", state, projectId, seq);
  }

  /** Milestone {@code seq} in progress since yesterday, so it covers days with snapshots. */
  public void startedYesterday(String projectId, int seq) {
    exec(
        "UPDATE milestone SET state = 'IN_PROGRESS', actual_start = now() - interval '1 day'"
            + " WHERE project_id = ? AND seq = ?",
        projectId,
        seq);
  }

  public void passedInspection(String projectId, int seq) {
    exec(
        "INSERT INTO inspection (inspection_id, project_id, stage_seq, checklist, inspector_id,"
            + " inspected_at, passed) VALUES (?,?,?,'GENERAL',?,now(),true)",
        ids.next("insp"),
        projectId,
        seq,
        get(projectId).customerId());
  }

  /** A rectification task in {@code state}, with the failed inspection it came from. */
  public String rectification(String projectId, String state) {
    String insp = ids.next("insp");
    String id = ids.next("rect");
    exec(
        "INSERT INTO inspection (inspection_id, project_id, stage_seq, checklist, inspector_id,"
            + " inspected_at, passed) VALUES (?,?,1,'GENERAL',?,now(),false)",
        insp,
        projectId,
        get(projectId).customerId());
    exec(
        "INSERT INTO rectification (rectification_id, project_id, stage_seq, inspection_id,"
            + " item_code, title, state, created_at) VALUES (?,?,1,?,'gn-workmanship','t',?,now())",
        id,
        projectId,
        insp,
        state);
    return id;
  }

  /**
   * A failed inspection item with a stored photo and a reported fix with one; returns the paths
   * (below {@code /api/projects/{id}/}) of the item's photo and of the fix's photo.
   */
  public String[] photos(String projectId) {
    String task = rectification(projectId, "FIXED");
    String insp = inspectionOf(task);
    StoredAttachment photo = files.put(PNG, AttachmentType.PNG);
    exec(
        "INSERT INTO inspection_item (inspection_id, item_code, title, result, note, photo_key,"
            + " photo_sha256) VALUES (?,'gn-workmanship','t','FAIL','',?,?)",
        insp,
        photo.key(),
        photo.sha256());
    String fix = ids.next("fix");
    exec(
        "INSERT INTO rectification_fix (fix_id, rectification_id, project_id, note, photo_key,"
            + " photo_sha256, fixed_by, fixed_at) VALUES (?,?,?,'done',?,?,?,now())",
        fix,
        task,
        projectId,
        photo.key(),
        photo.sha256(),
        get(projectId).customerId());
    return new String[] {
      "inspections/" + insp + "/photos/gn-workmanship",
      "rectifications/" + task + "/fixes/" + fix + "/photo"
    };
  }

  /** Puts the stage's acceptance record in {@code state} (signed {@code age} ago when SIGNED). */
  public void record(String projectId, int seq, String state, Duration age) {
    Timestamp at = Timestamp.from(Instant.now().minus(age));
    exec(
        "INSERT INTO acceptance_record (record_id, project_id, stage_seq, state, criteria, created_at)"
            + " VALUES (?,?,?,?,'{\"version\":2,\"criteria\":[]}'::jsonb,now()) ON CONFLICT (project_id, stage_seq) DO UPDATE"
            + " SET state = EXCLUDED.state",
        ids.next("acc"),
        projectId,
        seq,
        state);
    if ("SIGNED".equals(state)) {
      String customer = get(projectId).customerId();
      exec(
          "UPDATE acceptance_record SET supervisor_id = ?, supervisor_signed_at = ?, customer_id = ?,"
              + " customer_signed_at = ? WHERE project_id = ? AND stage_seq = ?",
          customer,
          at,
          customer,
          at,
          projectId,
          seq);
    }
  }

  /** Money in escrow and no dispute freezing it. */
  public void funded(String projectId) {
    exec(
        "UPDATE dispute SET state = 'RESOLVED' WHERE project_id = ? AND state = 'OPEN'", projectId);
    Project p = get(projectId);
    ledger.deposit(p, p.customerId(), 300_000, "seed-deposit");
  }

  /** Stage 2 released (so retention is held) and a final acceptance signed 40 days ago. */
  public void retentionReady(String projectId) {
    funded(projectId);
    record(projectId, 2, "SIGNED", Duration.ZERO);
    Project p = get(projectId);
    ledger.releaseStage(p, 2, p.customerId(), "seed-release-2");
    record(projectId, 0, "SIGNED", Duration.ofDays(40));
  }

  public String openDispute(String projectId) {
    funded(projectId);
    String id = ids.next("dsp");
    exec(
        "INSERT INTO dispute (dispute_id, project_id, raised_by, reason, raised_at)"
            + " VALUES (?,?,?,'matrix',now())",
        id,
        projectId,
        get(projectId).customerId());
    return id;
  }

  public void noOpenDispute(String projectId) {
    exec(
        "UPDATE dispute SET state = 'RESOLVED' WHERE project_id = ? AND state = 'OPEN'", projectId);
  }

  /** An evaluation of an enterprise that {@code userId} administers, ready for its reply. */
  public String evaluationFor(String userId, String projectId) {
    String ent = ids.next("ent");
    String code = ids.randomText(18).toUpperCase();
    exec(
        "INSERT INTO enterprise (enterprise_id, type, name, credit_code, city, price_band, created_by)"
            + " VALUES (?,'DECORATION_COMPANY','m',?,'c',3,?)",
        ent,
        code,
        userId);
    String id = ids.next("eval");
    Project p = get(projectId);
    exec(
        "INSERT INTO evaluation (evaluation_id, project_id, contract_id, author_id, target_kind,"
            + " target_id, enterprise_id, quality, schedule, communication, tidiness, created_at)"
            + " VALUES (?,?,?,?,'ENTERPRISE',?,?,4,4,4,4,now())",
        id,
        projectId,
        p.contractId(),
        p.customerId(),
        ent,
        ent);
    return id;
  }

  /** A stored design proposal of the project (file not needed for these calls). */
  public String proposal(String projectId) {
    String id = ids.next("dsg");
    exec(
        "INSERT INTO design_proposal (proposal_id, project_id, version, designer_id, file_key,"
            + " file_sha256, file_type, created_at) SELECT ?, ?, coalesce(max(version), 0) + 1, ?,"
            + " 'none.png', ?, 'PNG', now() FROM design_proposal WHERE project_id = ?",
        id,
        projectId,
        get(projectId).customerId(),
        "b".repeat(64),
        projectId);
    return id;
  }

  /** deals: a stored design proposal whose PNG file is really in the attachment store. */
  public String proposalWithFile(String projectId) {
    String key =
        files
            .put(
                java.util.Base64.getDecoder()
                    .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
                dev.sitehub.cloud.attachments.AttachmentType.PNG)
            .key();
    String id = ids.next("dsg");
    exec(
        "INSERT INTO design_proposal (proposal_id, project_id, version, designer_id, file_key,"
            + " file_sha256, file_type, created_at) SELECT ?, ?, coalesce(max(version), 0) + 1, ?,"
            + " ?, ?, 'PNG', now() FROM design_proposal WHERE project_id = ?",
        id,
        projectId,
        get(projectId).customerId(),
        key,
        "b".repeat(64),
        projectId);
    return id;
  }

  /** A verified material supplier that is party to the project's contract, made once. */
  public String supplier(String projectId) {
    return supplierPerProject.computeIfAbsent(
        projectId,
        p -> {
          String ent = ids.next("ent");
          exec(
              "INSERT INTO enterprise (enterprise_id, type, name, credit_code, city, price_band,"
                  + " status) VALUES (?,'MATERIAL_SUPPLIER','supplier',?,'c',3,'VERIFIED')",
              ent,
              ids.randomText(18).toUpperCase());
          exec(
              "INSERT INTO contract_party (contract_id, party_key, kind, party_id)"
                  + " VALUES (?,?,'MATERIAL_SUPPLIER',?)",
              get(p).contractId(),
              "MATERIAL_SUPPLIER:" + ent,
              ent);
          return ent;
        });
  }

  /**
   * Makes {@code userId} active staff of the project's supplier (moving them from any enterprise an
   * earlier matrix row put them in) and names them the supplier's contact in the contract, but only
   * when the user is on the project's site, so a foreign caller never gains supplier access through
   * the fixture.
   */
  public void supplierStaff(String projectId, String userId) {
    exec(
        "INSERT INTO enterprise_staff (user_id, enterprise_id, role, status, joined_at)"
            + " SELECT ?, ?, 'BUDGETER', 'ACTIVE', now() WHERE EXISTS (SELECT 1 FROM"
            + " site_membership WHERE site_id = ? AND user_id = ?) ON CONFLICT (user_id) DO UPDATE"
            + " SET enterprise_id = EXCLUDED.enterprise_id, role = 'BUDGETER', status = 'ACTIVE',"
            + " joined_at = now()",
        userId,
        supplier(projectId),
        get(projectId).siteId(),
        userId);
    if (exists(
        "SELECT 1 FROM site_membership WHERE site_id = ? AND user_id = ?",
        get(projectId).siteId(),
        userId)) {
      name(projectId, Role.BUDGETER, userId, supplier(projectId));
    }
  }

  /** A bill-of-materials line of the project's supplier, not ordered yet. */
  public String bomLine(String projectId) {
    String id = ids.next("mtl");
    exec(
        "INSERT INTO material_line (line_id, project_id, name, spec, unit, quantity,"
            + " unit_price_fen, line_total_fen, supplier_id, created_by, created_at)"
            + " VALUES (?,?,'tile','60x60','m2',2,100,200,?,?,now())",
        id,
        projectId,
        supplier(projectId),
        get(projectId).customerId());
    return id;
  }

  /** An order of the project's supplier whose shipment is in {@code state}. */
  public String order(String projectId, String state) {
    String id = ids.next("mord");
    String customer = get(projectId).customerId();
    boolean moved = !"ORDERED".equals(state);
    exec(
        "INSERT INTO material_order (order_id, project_id, supplier_id, state, total_fen,"
            + " ordered_by, ordered_at, carrier, tracking_number, shipped_at, delivered_at)"
            + " VALUES (?,?,?,?,200,?,now(),?,?,?,?)",
        id,
        projectId,
        supplier(projectId),
        state,
        customer,
        moved ? "SF" : null,
        moved ? "SF1" : null,
        moved ? Timestamp.from(Instant.now()) : null,
        "DELIVERED".equals(state) ? Timestamp.from(Instant.now()) : null);
    return id;
  }

  public boolean exists(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String inspectionOf(String taskId) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT inspection_id FROM rectification WHERE rectification_id = ?")) {
      ps.setString(1, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A closed-water criterion in force on stage 1 of the project (branch domain, issue 18). */
  public String criterion(String projectId) {
    String id = ids.next("crit");
    exec(
        "INSERT INTO acceptance_criterion (criterion_id, project_id, stage_seq, kind, sensor_id,"
            + " started_at, hours, declared_by, declared_at, by_default) VALUES (?,?,1,'CLOSED_WATER','leak1',"
            + " now(),48,NULL,now(),true)",
        id,
        projectId);
    return id;
  }

  private void exec(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
