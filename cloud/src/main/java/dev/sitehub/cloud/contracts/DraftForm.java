package dev.sitehub.cloud.contracts;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract draft form as typed: the inquiry it answers, the terms, the project manager and the
 * stages as lines of "name percent" (blank: the template's stages); the rules stay in the service.
 */
@TemplateData
public record DraftForm(
    String inquiry,
    String title,
    String siteName,
    String siteAddress,
    String scope,
    String total,
    String startDate,
    String endDate,
    String projectManager,
    String stages,
    DraftProblem problem) {

  public DraftForm {
    inquiry = inquiry == null ? "" : inquiry.strip();
    title = title == null ? "" : title;
    siteName = siteName == null ? "" : siteName;
    siteAddress = siteAddress == null ? "" : siteAddress;
    scope = scope == null ? "" : scope;
    total = total == null ? "" : total.strip();
    startDate = startDate == null ? "" : startDate.strip();
    endDate = endDate == null ? "" : endDate.strip();
    projectManager = projectManager == null ? "" : projectManager.strip();
    stages = stages == null ? "" : stages;
  }

  static DraftForm empty(String inquiry, String subject) {
    return new DraftForm(inquiry, subject, "", "", "", "", "", "", "", "", null);
  }

  public DraftProblem error(String field) {
    return problem == null ? null : problem.at(field);
  }

  public DraftProblem general() {
    return problem == null ? null : problem.aboveForm();
  }

  DraftForm failed(DraftProblem p) {
    return new DraftForm(
        inquiry,
        title,
        siteName,
        siteAddress,
        scope,
        total,
        startDate,
        endDate,
        projectManager,
        stages,
        p);
  }

  /** The total in fen, or null when it is not a positive amount of yuan with at most 2 decimals. */
  Long totalFen() {
    try {
      BigDecimal yuan = new BigDecimal(total.replace(",", "").replace("，", ""));
      if (yuan.signum() <= 0 || yuan.scale() > 2) {
        return null;
      }
      return yuan.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The stages, one per non-blank line as a name and a percentage (up to 2 decimals) at its end;
   * null when blank (the template's stages); throws when a line has no percentage.
   */
  List<StageShare> stageShares() {
    List<StageShare> out = new ArrayList<>();
    for (String raw : stages.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      int cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\u3000'));
      if (cut <= 0) {
        throw new IllegalArgumentException("no percentage");
      }
      String pct = line.substring(cut + 1).replace("%", "").replace("％", "");
      BigDecimal p = new BigDecimal(pct);
      out.add(new StageShare(line.substring(0, cut).strip(), p.movePointRight(2).intValueExact()));
    }
    return out.isEmpty() ? null : out;
  }
}
