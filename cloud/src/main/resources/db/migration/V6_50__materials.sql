-- Materials and logistics (issue 9 section 2): the budgeter's bill of materials, one order per
-- supplier with its shipment, and the at-site decision on each delivery, filed in the evidence
-- chain with the site camera's snapshot nearest the delivery.
CREATE TABLE material_order (
    order_id        text PRIMARY KEY,
    project_id      text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    supplier_id     text NOT NULL REFERENCES enterprise (enterprise_id),
    state           text NOT NULL DEFAULT 'ORDERED' CHECK (state IN ('ORDERED', 'SHIPPED', 'DELIVERED')),
    total_fen       bigint NOT NULL CHECK (total_fen >= 0),
    ordered_by      text NOT NULL REFERENCES app_user (user_id),
    ordered_at      timestamptz NOT NULL,
    carrier         text,
    tracking_number text,
    shipped_by      text REFERENCES app_user (user_id),
    shipped_at      timestamptz,
    delivered_by    text REFERENCES app_user (user_id),
    delivered_at    timestamptz,
    CHECK (state = 'ORDERED' OR (carrier IS NOT NULL AND tracking_number IS NOT NULL)),
    CHECK (state <> 'DELIVERED' OR delivered_at IS NOT NULL)
);
CREATE INDEX material_order_project ON material_order (project_id, supplier_id);

CREATE TABLE material_line (
    line_id        text PRIMARY KEY,
    project_id     text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    name           text NOT NULL,
    spec           text NOT NULL,
    unit           text NOT NULL,
    quantity       numeric(12, 3) NOT NULL CHECK (quantity > 0),
    unit_price_fen bigint NOT NULL CHECK (unit_price_fen >= 0),
    line_total_fen bigint NOT NULL CHECK (line_total_fen >= 0),
    supplier_id    text NOT NULL REFERENCES enterprise (enterprise_id),
    order_id       text REFERENCES material_order (order_id),
    created_by     text NOT NULL REFERENCES app_user (user_id),
    created_at     timestamptz NOT NULL
);
CREATE INDEX material_line_project ON material_line (project_id, created_at);
CREATE INDEX material_line_order ON material_line (order_id);

-- One decision per delivered order. The snapshot columns describe the frozen evidence copy of the
-- camera still (content-addressed, so snapshot retention never deletes it); snapshot_note says
-- which still was chosen or why none was.
CREATE TABLE delivery_acceptance (
    order_id          text PRIMARY KEY REFERENCES material_order (order_id) ON DELETE CASCADE,
    project_id        text NOT NULL REFERENCES project (project_id) ON DELETE CASCADE,
    decision          text NOT NULL CHECK (decision IN ('ACCEPTED', 'DISPUTED')),
    reason            text,
    decided_by        text NOT NULL REFERENCES app_user (user_id),
    decided_at        timestamptz NOT NULL,
    snapshot_id       bigint,
    snapshot_device   text,
    snapshot_camera   text,
    snapshot_taken_at timestamptz,
    snapshot_key      text,
    snapshot_sha256   char(64),
    snapshot_note     text NOT NULL,
    CHECK (decision = 'ACCEPTED' OR reason IS NOT NULL)
);
