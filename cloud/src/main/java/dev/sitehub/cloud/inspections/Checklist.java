package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.contracts.StageType;
import java.util.List;

/**
 * The standard checklist of each stage type, drawn from GB 50327-2001 (住宅装饰装修工程施工规范), GB 50210-2018
 * (建筑装饰装修工程质量验收标准) and, for materials and indoor air, GB 50325-2020; figures the standards leave to
 * the contract are the defaults in DOMAIN.md. Each item cites its chapter ("§6" is chapter 6) or
 * clause; its words are the {@code inspmsg} {@code item_} messages. The constant names are stored
 * with milestones and inspections, so they never change.
 */
public enum Checklist {
  PLUMBING_ELECTRICAL(
      List.of(
          item(
              "pe-pressure",
              "Supply pipes held 0.6 MPa for 30 min, drop <= 0.05 MPa",
              Clause.PIPES),
          item("pe-drain-flow", "Drains pass the flow test, no leak at any joint", Clause.PIPES),
          item(
              "pe-routing",
              "Pipes and conduits routed as drawn, no diagonal runs",
              Clause.ELECTRIC),
          item("pe-conduit", "Wires in conduit, joints only in boxes", Clause.ELECTRIC),
          item("pe-circuits", "Separate circuits, earth continuity, RCD trips", Clause.ELECTRIC),
          item("pe-separation", "Power and data cables separated", Clause.ELECTRIC))),
  WATERPROOFING(
      List.of(
          item("wp-base", "Base clean, dry and flat before the membrane", Clause.WATERPROOF),
          item("wp-penetrations", "Pipe penetrations and corners reinforced", Clause.WATERPROOF),
          item("wp-wall-height", "Membrane 300 mm up the walls", Clause.WATERPROOF),
          item("wp-shower-height", "Membrane 1.8 m in the shower area", Clause.WATERPROOF),
          item(
              "wp-closed-water",
              "Closed-water test: >= 20 mm water held 48 h, no leak below",
              Clause.WATERPROOF))),
  TILING(
      List.of(
          item("tl-hollow-overall", "Hollow tiles <= 10 % overall", Clause.TILES),
          item("tl-hollow-room", "Hollow tiles <= 5 % per room", Clause.TILES),
          item("tl-flatness", "Flatness and joints within tolerance", Clause.TILES),
          item("tl-falls", "Floor falls to drains", Clause.FLOORS))),
  CARPENTRY(
      List.of(
          item("cw-ceiling", "Suspended ceiling frame level and firmly hung", "GB 50210-2018 §7"),
          item(
              "cw-partition",
              "Partition frames plumb and fixed top and bottom",
              "GB 50210-2018 §8"),
          item("cw-joinery", "Built-ins level, doors and drawers run freely", "GB 50210-2018 §14"),
          item("cw-fire", "Concealed timber treated with fire retardant", "GB 50327-2001 §4"),
          item(
              "cw-panels", "Wood-based panels within the formaldehyde limit", "GB 50325-2020 §3"))),
  PAINTING(
      List.of(
          item("pt-base", "Putty base dry, flat and sanded, cracks treated", Clause.PAINT_WORK),
          item("pt-surface", "Even surface, no cracks, sags or brush marks", Clause.PAINT_CHECK),
          item("pt-edges", "Clean edges at ceilings, frames and sockets", Clause.PAINT_CHECK),
          item("pt-curing", "Curing window kept (5-35 degC, RH < 85 %)", Clause.PAINT_WORK))),
  INSTALLATION(
      List.of(
          item("in-sanitary", "Sanitary ware fixed, sealed, traps hold water", Clause.PIPES),
          item("in-taps", "Taps and valves work, hot left and cold right", Clause.PIPES),
          item(
              "in-electrical",
              "Switches, sockets and lamps fixed and wired right",
              Clause.ELECTRIC),
          item("in-doors", "Doors and windows open and close freely", "GB 50210-2018 §6"))),
  COMPLETION(
      List.of(
          item("cp-fixtures", "Fixtures, doors and windows operate", "GB 50210-2018 §3"),
          item("cp-services", "Water, power and drains work at every outlet", Clause.PIPES),
          item(
              "cp-air",
              "Indoor air within GB 50325 Class I before hand-over",
              "GB 50325-2020 §6.0.4"),
          item("cp-clean", "Site cleaned, waste removed", "GB 50327-2001 §3"))),
  GENERAL(List.of(new ChecklistItem("gn-workmanship", "Work done as contracted", null)));

  /** The chapters most items cite. */
  private static final class Clause {
    static final String PIPES = "GB 50327-2001 §15";
    static final String ELECTRIC = "GB 50327-2001 §16";
    static final String WATERPROOF = "GB 50327-2001 §6";
    static final String TILES = "GB 50210-2018 §10";
    static final String FLOORS = "GB 50327-2001 §14";
    static final String PAINT_WORK = "GB 50327-2001 §13";
    static final String PAINT_CHECK = "GB 50210-2018 §12";

    private Clause() {}
  }

  private final List<ChecklistItem> items;

  Checklist(List<ChecklistItem> items) {
    this.items = List.copyOf(items);
  }

  private static ChecklistItem item(String code, String title, String clause) {
    return new ChecklistItem(code, title, clause);
  }

  public List<ChecklistItem> items() {
    return items;
  }

  /** The checklist of a stage of this type; GENERAL for a stage the contract gives no type. */
  public static Checklist of(StageType type) {
    return type == null ? GENERAL : valueOf(type.name());
  }
}
