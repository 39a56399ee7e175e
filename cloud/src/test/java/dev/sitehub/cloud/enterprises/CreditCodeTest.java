package dev.sitehub.cloud.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.enterprises.CreditCode.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies the GB 32100 check against published codes and every kind of bad one. */
class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43", // the worked example of GB 32100-2015
        "914403001922038216", // Huawei Technologies
        "9144030071526726XG", // Tencent (Shenzhen)
        "91110000802100433B", // Baidu (Beijing)
        "91310000717854505W"
      })
  void defect_publishedCodes_valid(String code) {
    assertThat(CreditCode.defect(code)).isEmpty();
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @Test
  void defect_nullOrEmpty_missing() {
    assertThat(CreditCode.defect(null)).contains(Defect.MISSING);
    assertThat(CreditCode.defect("")).contains(Defect.MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9"})
  void defect_wrongLength_wrongLength(String code) {
    assertThat(CreditCode.defect(code)).contains(Defect.WRONG_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100I43", // I is excluded from the alphabet
        "91350100M000100O43", // O
        "91350100M000100Z43", // Z
        "91350100M000100S43", // S
        "91350100M000100V43", // V
        "91350100m000100Y43", // lower case is not in the alphabet
        "91350100M000100Y4-"
      })
  void defect_characterOutsideAlphabet_illegalCharacter(String code) {
    assertThat(CreditCode.defect(code)).contains(Defect.ILLEGAL_CHARACTER);
  }

  @Test
  void defect_unknownRegistrationAuthority_unknownAuthority() {
    assertThat(CreditCode.defect("B1350100M000100Y43")).contains(Defect.UNKNOWN_AUTHORITY);
    assertThat(CreditCode.defect("01350100M000100Y43")).contains(Defect.UNKNOWN_AUTHORITY);
  }

  @Test
  void defect_letterInRegionCode_nonNumericRegion() {
    assertThat(CreditCode.defect("9135A100M000100Y43")).contains(Defect.NON_NUMERIC_REGION);
  }

  @Test
  void defect_everySingleCharacterChange_detected() {
    String good = "91350100M000100Y43";
    for (int pos = 8; pos < 18; pos++) {
      for (char c : CreditCode.ALPHABET.toCharArray()) {
        if (c == good.charAt(pos)) {
          continue;
        }
        String bad = good.substring(0, pos) + c + good.substring(pos + 1);
        assertThat(CreditCode.defect(bad)).as(bad).contains(Defect.CHECK_CHARACTER_MISMATCH);
      }
    }
  }

  @Test
  void defect_adjacentTransposition_detected() {
    assertThat(CreditCode.defect("91350100M001000Y43")).contains(Defect.CHECK_CHARACTER_MISMATCH);
  }

  @Test
  void normalise_spacesAndLowerCase_canonical() {
    assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    assertThat(CreditCode.normalise("9135 0100 M000 100Y 43")).isEqualTo("91350100M000100Y43");
  }
}
