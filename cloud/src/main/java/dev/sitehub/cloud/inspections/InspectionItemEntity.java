package dev.sitehub.cloud.inspections;

import dev.sitehub.cloud.attachments.StoredAttachment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One answered checklist item of an inspection (table {@code inspection_item}). The title is the
 * template's English wording at inspection time, kept because the evidence chain hashed it; pages
 * name the item from its code in the viewer's language.
 */
@Entity
@Table(name = "inspection_item")
@IdClass(InspectionItemEntity.Key.class)
class InspectionItemEntity {
  @Id
  @Column(name = "inspection_id")
  String inspectionId;

  @Id
  @Column(name = "item_code")
  String itemCode;

  @Column(nullable = false)
  String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  ItemResult.Outcome result;

  @Column(nullable = false)
  String note;

  @Column(name = "photo_key")
  String photoKey;

  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(name = "photo_sha256", length = 64)
  String photoSha256;

  protected InspectionItemEntity() {}

  InspectionItemEntity(
      String inspectionId, ChecklistItem item, ItemResult answer, StoredAttachment photo) {
    this.inspectionId = inspectionId;
    itemCode = item.code();
    title = item.title();
    result = answer.result();
    note = answer.note() == null ? "" : answer.note();
    photoKey = photo == null ? null : photo.key();
    photoSha256 = photo == null ? null : photo.sha256();
  }

  InspectionView.Item view() {
    return new InspectionView.Item(itemCode, title, result, note, photoKey);
  }

  /** The composite key: inspection and item code. */
  record Key(String inspectionId, String itemCode) implements Serializable {
    Key() {
      this(null, null);
    }
  }
}
