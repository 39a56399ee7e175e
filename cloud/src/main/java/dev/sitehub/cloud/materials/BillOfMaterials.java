package dev.sitehub.cloud.materials;

import java.util.List;

/** A project's bill of materials: its lines, the total, and how much of it is not ordered yet. */
public record BillOfMaterials(
    String projectId, List<BomLine> lines, long totalFen, long unorderedFen) {
  public BillOfMaterials {
    lines = List.copyOf(lines);
  }

  static BillOfMaterials of(String projectId, List<BomLine> lines) {
    long total = 0;
    long unordered = 0;
    for (BomLine l : lines) {
      total = Math.addExact(total, l.lineTotalFen());
      if (l.orderId() == null) {
        unordered = Math.addExact(unordered, l.lineTotalFen());
      }
    }
    return new BillOfMaterials(projectId, lines, total, unordered);
  }
}
