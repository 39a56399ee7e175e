package dev.sitehub.cloud.evidence;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The verifier page's texts about signatures, receipts and what broke a chain, in English;
 * evmsg_zh_CN.properties holds the Chinese ones.
 */
@MessageBundle(value = "evmsg", locale = "en")
public interface EvidenceMessages {
  @Message("Head receipt (optional)")
  String receipt();

  @Message(
      "Paste a receipt kept from an earlier verification to check that the chain still reaches that head.")
  String receiptHint();

  @Message("This is not a receipt: it is one line starting with sitehub-evidence-receipt/1.")
  String errReceiptMalformed();

  @Message("Receipt of this head")
  String headReceipt();

  @Message(
      "Signed by the server's evidence key. Keep this line: it proves the chain reached this head, even if links are later removed.")
  String headReceiptHint();

  @Message("This head was filed before heads were signed, so there is no receipt for it yet.")
  String headUnsigned();

  @Message("Public keys")
  String publicKeys();

  /** What is wrong with a broken chain. */
  @Message
  String problem(ChainProblem problem);
}
