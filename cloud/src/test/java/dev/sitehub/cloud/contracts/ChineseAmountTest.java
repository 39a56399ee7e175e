package dev.sitehub.cloud.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verifies the uppercase amounts (大写) against the cheque-writing rules: 零, 整, 角 and 分. */
class ChineseAmountTest {
  @ParameterizedTest
  @CsvSource({
    "0, 零元整",
    "1, 壹分",
    "53, 伍角叁分",
    "100, 壹元整",
    "120, 壹元贰角整",
    "140902, 壹仟肆佰零玖元零贰分",
    "168032, 壹仟陆佰捌拾元叁角贰分",
    "10000000, 壹拾万元整",
    "10700053, 壹拾万柒仟元伍角叁分",
    "10000700, 壹拾万零柒元整",
    "1050000, 壹万零伍佰元整",
    "12345678, 壹拾贰万叁仟肆佰伍拾陆元柒角捌分",
    "100000000, 壹佰万元整",
    "10000000100, 壹亿零壹元整",
    "10001000000, 壹亿零壹万元整",
  })
  void of_amount_writtenAsOnACheque(long fen, String upper) {
    assertThat(ChineseAmount.of(fen)).isEqualTo(upper);
  }

  @Test
  void of_negativeOrTooLarge_refused() {
    assertThatThrownBy(() -> ChineseAmount.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChineseAmount.of(ChineseAmount.MAX_FEN + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
