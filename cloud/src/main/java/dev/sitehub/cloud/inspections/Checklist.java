package dev.sitehub.cloud.inspections;

import java.util.List;
import java.util.Locale;

/**
 * The default stage checklist templates (DOMAIN.md): plumbing and electrical rough-in (水电),
 * waterproofing, tiling (泥木), painting (油漆) and completion (竣工).
 */
public enum Checklist {
  PLUMBING_ELECTRICAL(
      List.of(
          new ChecklistItem(
              "pe-pressure", "Supply pipes held 0.6 MPa for 30 min, drop <= 0.05 MPa"),
          new ChecklistItem("pe-routing", "Pipes and conduits routed as drawn, no diagonal runs"),
          new ChecklistItem("pe-circuits", "Separate circuits, earth continuity, RCD trips"),
          new ChecklistItem("pe-separation", "Power and data cables separated"))),
  WATERPROOFING(
      List.of(
          new ChecklistItem(
              "wp-closed-water", "Closed-water test: >= 20 mm water held, no leak below"),
          new ChecklistItem("wp-wall-height", "Membrane 300 mm up the walls"),
          new ChecklistItem("wp-shower-height", "Membrane 1.8 m in the shower area"),
          new ChecklistItem("wp-penetrations", "Pipe penetrations and corners reinforced"))),
  TILING(
      List.of(
          new ChecklistItem("tl-hollow-overall", "Hollow (空鼓) tiles <= 10 % overall"),
          new ChecklistItem("tl-hollow-room", "Hollow tiles <= 5 % per room"),
          new ChecklistItem("tl-flatness", "Flatness and joints within tolerance"),
          new ChecklistItem("tl-falls", "Floor falls to drains"))),
  PAINTING(
      List.of(
          new ChecklistItem("pt-surface", "Even surface, no cracks, sags or brush marks"),
          new ChecklistItem("pt-curing", "Curing window kept (5-35 degC, RH < 85 %)"),
          new ChecklistItem("pt-edges", "Clean edges at ceilings, frames and sockets"))),
  COMPLETION(
      List.of(
          new ChecklistItem("cp-fixtures", "Fixtures, doors and windows operate"),
          new ChecklistItem("cp-services", "Water, power and drains work at every outlet"),
          new ChecklistItem("cp-air", "Indoor air within GB 50325 Class I before hand-over"),
          new ChecklistItem("cp-clean", "Site cleaned, waste removed"))),
  GENERAL(List.of(new ChecklistItem("gn-workmanship", "Work done as contracted")));

  private final List<ChecklistItem> items;

  Checklist(List<ChecklistItem> items) {
    this.items = List.copyOf(items);
  }

  public List<ChecklistItem> items() {
    return items;
  }

  /** Picks the template from a stage name, in Chinese or English; GENERAL when nothing matches. */
  public static Checklist forStageName(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (n.contains("水电") || n.contains("plumb") || n.contains("electric")) {
      return PLUMBING_ELECTRICAL;
    }
    if (n.contains("防水") || n.contains("waterproof") || n.contains("闭水")) {
      return WATERPROOFING;
    }
    if (n.contains("泥木") || n.contains("瓷砖") || n.contains("til") || n.contains("mason")) {
      return TILING;
    }
    if (n.contains("油漆") || n.contains("paint")) {
      return PAINTING;
    }
    if (n.contains("竣工") || n.contains("complet") || n.contains("final")) {
      return COMPLETION;
    }
    return GENERAL;
  }
}
