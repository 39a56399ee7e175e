package dev.sitehub.cloud.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitehub.cloud.accounts.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies that rendering is deterministic, escapes user text, and fingerprints exact bytes. */
class ContractDocumentTest {
  static ContractTerms terms(String scope) {
    return new ContractTerms(
        "standard-renovation-v1",
        "Renovation of <Flat 3>",
        "Flat 3",
        "1 Road",
        List.of(
            new Party(PartyKind.CUSTOMER, "usr-1", "Wang", null),
            new Party(PartyKind.DECORATION_COMPANY, "ent-1", "Deco Ltd", "91350100M000100Y43")),
        List.of(new NamedStaff(Role.PROJECT_MANAGER, "usr-2", "Li", "ent-1")),
        scope,
        12_345_678L,
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2027, 3, 1),
        500,
        PaymentPlan.split(
            12_345_678L, List.of(new StageShare("开工", 9000), new StageShare("竣工", 1000)), 500),
        null);
  }

  @Test
  void render_sameTerms_sameBytesAndFingerprint() {
    String a = ContractDocument.render("ctr-1", 1, terms("kitchen"));
    String b = ContractDocument.render("ctr-1", 1, terms("kitchen"));
    assertThat(a).isEqualTo(b);
    assertThat(ContractDocument.fingerprint(a))
        .isEqualTo(ContractDocument.fingerprint(b))
        .hasSize(64);
  }

  @Test
  void render_changedScope_differentFingerprint() {
    assertThat(ContractDocument.fingerprint(ContractDocument.render("ctr-1", 1, terms("kitchen"))))
        .isNotEqualTo(
            ContractDocument.fingerprint(
                ContractDocument.render("ctr-1", 1, terms("kitchen+bath"))));
  }

  @Test
  void render_markupInUserText_escaped() {
    String html = ContractDocument.render("ctr-1", 1, terms("<script>alert(1)</script>"));
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("&lt;Flat 3&gt;");
    assertThat(html).contains("¥123,456.78").contains("90.00 %").contains("91350100M000100Y43");
  }

  @Test
  void fingerprint_knownInput_knownSha256() {
    assertThat(ContractDocument.fingerprint("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void filingNumber_formatAndCheck_roundTrip() {
    String n = FilingNumber.format(2026, 42);
    assertThat(n).startsWith("SH-BA-2026-00000042-");
    assertThat(FilingNumber.isValid(n)).isTrue();
    assertThat(FilingNumber.isValid(n.replace("00000042", "00000043"))).isFalse();
    assertThat(FilingNumber.isValid("SH-BA-2026-42")).isFalse();
  }
}
