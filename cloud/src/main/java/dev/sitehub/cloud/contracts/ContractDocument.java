package dev.sitehub.cloud.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Renders a contract version to self-contained archival (X)HTML (no scripts, no external resources)
 * and fingerprints the exact bytes with SHA-256. Rendering is a pure function of its inputs, so a
 * filed document can always be re-rendered and compared.
 */
final class ContractDocument {
  private ContractDocument() {}

  /**
   * The UTF-8 HTML for {@code version} of {@code contractId}: the Chinese contract text of {@link
   * ContractText}, or, for terms drafted under the first template, its table of terms.
   */
  public static String render(String contractId, int version, ContractTerms t) {
    if (!ContractTemplate.V1.equals(t.templateId())) {
      return ContractText.of(contractId, version, t).archive();
    }
    return renderV1(contractId, version, t);
  }

  /** The first template's document, kept byte for byte so its signatures still verify. */
  static String renderV1(String contractId, int version, ContractTerms t) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(esc(t.title()))
        .append("</title>\n<style>body{font-family:serif;max-width:48em;margin:2em auto}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #444;padding:.2em .5em}")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(t.title())).append("</h1>\n");
    h.append("<p>Contract <b>")
        .append(esc(contractId))
        .append("</b>, version ")
        .append(version)
        .append(", template ")
        .append(esc(t.templateId()))
        .append("</p>\n");
    if (t.amendmentReason() != null) {
      h.append("<p>Amendment (change order): ").append(esc(t.amendmentReason())).append("</p>\n");
    }
    h.append("<h2>Parties</h2>\n<table>\n<tr><th>capacity</th><th>name</th><th>id</th>")
        .append("<th>credit code</th></tr>\n");
    for (Party p : t.parties()) {
      row(h, p.kind().name(), p.name(), p.id(), p.creditCode() == null ? "" : p.creditCode());
    }
    h.append("</table>\n<h2>Named staff</h2>\n<table>\n<tr><th>role</th><th>name</th>")
        .append("<th>user</th><th>enterprise</th></tr>\n");
    for (NamedStaff s : t.staff()) {
      row(h, s.role().name(), s.name(), s.userId(), s.enterpriseId());
    }
    h.append("</table>\n<h2>Site</h2>\n<p>")
        .append(esc(t.siteName()))
        .append(", ")
        .append(esc(t.siteAddress()))
        .append("</p>\n<h2>Scope of work</h2>\n<p>")
        .append(esc(t.scope()))
        .append("</p>\n<h2>Price and dates</h2>\n<p>Total: ")
        .append(yuan(t.totalFen()))
        .append(" (")
        .append(t.totalFen())
        .append(" fen). Start ")
        .append(t.startDate())
        .append(", completion ")
        .append(t.endDate())
        .append(". Retention ")
        .append(percent(t.retentionBp()))
        .append(" of the total, held from the final stage until warranty observation ends.</p>\n");
    h.append("<h2>Stages and payments</h2>\n<table>\n<tr><th>#</th><th>stage</th>")
        .append("<th>share</th><th>amount</th><th>payable on acceptance</th><th>retained</th>")
        .append("</tr>\n");
    for (StagePayment s : t.stages()) {
      row(
          h,
          Integer.toString(s.seq()),
          s.name(),
          percent(s.shareBp()),
          yuan(s.amountFen()),
          yuan(s.payableFen()),
          yuan(s.retainedFen()));
    }
    h.append("</table>\n</body>\n</html>\n");
    return h.toString();
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code document}. */
  public static String fingerprint(String document) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  static String yuan(long fen) {
    return String.format(java.util.Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
  }

  static String percent(int bp) {
    return String.format(java.util.Locale.ROOT, "%d.%02d %%", bp / 100, bp % 100);
  }

  private static void row(StringBuilder h, String... cells) {
    h.append("<tr>");
    for (String c : cells) {
      h.append("<td>").append(esc(c)).append("</td>");
    }
    h.append("</tr>\n");
  }

  /** Escapes text for HTML bodies and attributes: user text can never become markup. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
