package dev.sitehub.cloud.materials;

import dev.sitehub.cloud.contracts.Project;

/**
 * Who is looking at a project's materials: a site member or operator sees everything ({@code
 * supplierId} null); a supplier's staff who is not on the site sees only that supplier's orders.
 */
record Viewer(Project project, String supplierId) {
  boolean sees(MaterialOrder o) {
    return supplierId == null || supplierId.equals(o.supplierId());
  }
}
