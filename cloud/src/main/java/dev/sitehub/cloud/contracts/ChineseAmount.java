package dev.sitehub.cloud.contracts;

/**
 * Writes an amount in fen as Chinese uppercase money (大写金额) the way contracts and cheques do:
 * 壹拾万零柒元伍角整, with 零 for skipped places and 整 after 元 or 角, per the PBOC's 支付结算办法.
 */
public final class ChineseAmount {
  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] PLACES = {"", "拾", "佰", "仟"};
  private static final String[] GROUPS = {"", "万", "亿"};

  /** One trillion yuan: more than any renovation, and beyond what three groups of four write. */
  static final long MAX_FEN = 1_000_000_000_000_00L - 1;

  private ChineseAmount() {}

  /** The uppercase form of {@code fen}, from 零元整 up to just under a trillion yuan. */
  public static String of(long fen) {
    if (fen < 0 || fen > MAX_FEN) {
      throw new IllegalArgumentException("amount out of range: " + fen);
    }
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    StringBuilder out = new StringBuilder();
    if (yuan > 0) {
      out.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && cents == 0) {
      return (yuan == 0 ? "零元" : out.toString()) + "整";
    }
    if (jiao > 0) {
      out.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      out.append('零');
    }
    if (cents > 0) {
      out.append(DIGITS.charAt(cents)).append('分');
    } else {
      out.append('整');
    }
    return out.toString();
  }

  /** A positive whole number in groups of four places (个, 万, 亿). */
  private static String integer(long n) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int g = GROUPS.length - 1; g >= 0; g--) {
      int group = (int) (n / pow10000(g) % 10_000);
      if (group == 0) {
        zero = out.length() > 0;
        continue;
      }
      for (int p = 3; p >= 0; p--) {
        int d = group / (int) Math.pow(10, p) % 10;
        if (d == 0) {
          zero = zero || out.length() > 0;
          continue;
        }
        if (zero) {
          out.append('零');
          zero = false;
        }
        out.append(DIGITS.charAt(d)).append(PLACES[p]);
      }
      out.append(GROUPS[g]);
      // Zeros at the end of a group are absorbed by its unit: 壹拾万柒仟, not 壹拾万零柒仟.
      zero = false;
    }
    return out.toString();
  }

  private static long pow10000(int g) {
    long v = 1;
    for (int i = 0; i < g; i++) {
      v *= 10_000;
    }
    return v;
  }
}
