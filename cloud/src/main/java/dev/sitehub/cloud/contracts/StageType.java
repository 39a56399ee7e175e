package dev.sitehub.cloud.contracts;

import dev.sitehub.cloud.common.ProblemException;
import java.util.Locale;

/**
 * The kind of work a contract stage covers, chosen in the contract: it decides the stage's
 * checklist and its default sensor-backed acceptance criteria. The code on the wire and in storage
 * is the constant's name.
 */
public enum StageType {
  /** 水电: plumbing and electrical rough-in. */
  PLUMBING_ELECTRICAL,
  /** 防水: waterproofing, accepted with the closed-water test (闭水试验). */
  WATERPROOFING,
  /** 泥瓦: tiling and masonry. */
  TILING,
  /** 木作: carpentry. */
  CARPENTRY,
  /** 油漆: painting and plaster finishes. */
  PAINTING,
  /** 安装: fixtures, sanitary ware, lights and doors installed. */
  INSTALLATION,
  /** 竣工: completion and hand-over. */
  COMPLETION;

  /**
   * The type a drafted stage names, null when it names none; an unknown code is refused with a
   * typed 400 ({@code invalid-stage-type}).
   */
  public static StageType ofCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.badRequest(
          "invalid-stage-type", "unknown stage type '" + code.strip() + "'");
    }
  }
}
