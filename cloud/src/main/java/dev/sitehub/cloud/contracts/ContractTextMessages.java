package dev.sitehub.cloud.contracts;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The clauses of the home-decoration contract (住宅装饰装修工程施工合同) in English, the reference rendering;
 * ctrdoc_zh_CN.properties holds the Chinese text, which is the one signed and filed.
 */
@MessageBundle(value = "ctrdoc", locale = "en")
public interface ContractTextMessages {
  @Message("Residential Decoration and Renovation Works Contract")
  String heading();

  @Message(
      "English reference rendering. The Chinese text is the one the parties sign, the platform files and fingerprints, and it prevails.")
  String referenceNote();

  @Message("Contract no. {id}, version {version}")
  String number(String id, int version);

  @Message("Project: {title}")
  String project(String title);

  @Message("This version amends the filed contract. Reason for the change: {reason}")
  String amendment(String reason);

  @Message(
      "In accordance with the Civil Code of the People's Republic of China, the Construction Law, the Regulation on the Quality Management of Construction Projects and the Measures for the Administration of Interior Decoration and Renovation of Residences, the parties conclude this contract on an equal, voluntary and good-faith basis, through the SiteHub platform.")
  String preamble();

  @Message("Article {n}")
  String article(int n);

  @Message("Parties")
  String partiesTitle();

  @Message("Party A (homeowner, 甲方)")
  String partyA();

  @Message("Party B (contractor, 乙方)")
  String partyB();

  @Message("Name")
  String name();

  @Message("Unified social credit code")
  String creditCode();

  @Message("Address")
  String address();

  @Message("Other parties")
  String otherParties();

  @Message("Named staff")
  String namedStaff();

  @Message("{name} ({enterprise})")
  String staffLine(String name, String enterprise);

  @Message("Project overview")
  String overviewTitle();

  @Message("Project name")
  String projectName();

  @Message("Site address")
  String siteAddress();

  @Message("Floor area")
  String area();

  @Message("{m2} m²")
  String areaValue(String m2);

  @Message("as measured on site")
  String areaUnstated();

  @Message(
      "Scope of work: Party B undertakes the following work at the site, with the labour and materials the Materials article assigns to it:")
  String scope();

  @Message("Period")
  String periodTitle();

  @Message(
      "Works start on {start} and are completed by {end}: {days} calendar days. The period is extended only by a signed amendment, or by the days Party A delays its own obligations or force majeure stops the works.")
  String period(String start, String end, long days);

  @Message("Price and payment")
  String priceTitle();

  @Message(
      "The contract price is {total} (in words: {upper}), for the scope of work above; it changes only by a signed amendment.")
  String price(String total, String upper);

  @Message(
      "Party A deposits the payments into the platform's escrow. Each stage's payment is released to Party B only after that stage's acceptance is signed by the supervisor and by Party A on the platform:")
  String paymentsIntro();

  @Message("Stage")
  String stage();

  @Message("Share")
  String share();

  @Message("Amount")
  String amount();

  @Message("Payable on acceptance")
  String payable();

  @Message("Retained")
  String retained();

  @Message(
      "A retention of {share} of the price ({amount}) is held from the final stage as a quality deposit and released when the warranty observation ends without open defects.")
  String retention(String share, String amount);

  @Message("Materials")
  String materialsTitle();

  @Message("Materials are supplied as follows (甲供: by Party A; 乙供: by Party B):")
  String materialsIntro();

  @Message("Material")
  String material();

  @Message("Supplied by")
  String suppliedBy();

  /** Who supplies a material. */
  @Message
  String supplier(MaterialSupplier supplier);

  @Message(
      "Materials, their brands, grades and suppliers are as listed in the bill of materials the parties keep on the platform; materials it does not assign are supplied by Party B.")
  String materialsPerBill();

  @Message(
      "Materials must meet national standards and the indoor-pollution limits of GB 18580 to GB 18588. The party that supplies a material is responsible for its quality and for delivering it on time; deliveries are recorded and accepted on the platform.")
  String materialsQuality();

  @Message("Quality and acceptance")
  String qualityTitle();

  @Message(
      "The works must meet GB 50327 (Code for construction of decoration of housings), GB 50210 (Code for acceptance of construction quality of building decoration), and, before hand-over, the indoor-air limits of GB 50325 (Class I).")
  String standards();

  @Message(
      "Each stage is inspected by the supervisor and accepted on the platform with its inspection checklist, the site's sensor data and camera stills as evidence. The supervisor signs first, then Party A; a stage that fails is rectified and inspected again.")
  String stageAcceptance();

  @Message(
      "Hidden works (plumbing, wiring, waterproofing) are accepted before they are covered; waterproofed floors pass a closed-water test.")
  String hiddenWorks();

  @Message("Changes")
  String changesTitle();

  @Message(
      "Any change to the scope, price, period or stages is made by an amendment drafted on the platform and signed by every party; it takes effect when filed. Oral or unsigned changes are not binding.")
  String changes();

  @Message("Warranty")
  String warrantyTitle();

  @Message(
      "Under normal use the warranty period is {years} years from the final acceptance, and {waterproof} years for the anti-leak of waterproofed kitchens, bathrooms and external walls. Within it Party B repairs defects free of charge within a reasonable time after notice on the platform.")
  String warranty(int years, int waterproof);

  @Message("Liability for breach")
  String breachTitle();

  @Message(
      "If the works are completed late through Party B's fault, Party B pays {perDay} of the contract price for each day of delay, up to {cap} of the price.")
  String delayPenalty(String perDay, String cap);

  @Message(
      "If Party A pays a stage late, Party A pays {perDay} of the overdue amount for each day, and the period is extended by the days of delay.")
  String latePayment(String perDay);

  @Message(
      "Work that fails acceptance is rectified at Party B's cost; a party that breaches the contract compensates the other's actual losses.")
  String breachGeneral();

  @Message("Disputes")
  String disputesTitle();

  @Message(
      "Disputes are first negotiated between the parties and may be mediated by the platform; a party may raise the dispute on the platform, which freezes the escrow until it is settled.")
  String mediation();

  @Message("If mediation fails, the dispute is submitted to {commission} for arbitration.")
  String arbitration(String commission);

  @Message(
      "If mediation fails, either party may sue in the people's court of the place where the site is.")
  String court();

  @Message("Filing and effect")
  String filingTitle();

  @Message(
      "The contract takes effect when every party has signed it on the platform. The platform then files it (备案) under a filing number and keeps the SHA-256 fingerprint of this document; a copy whose fingerprint differs is not this contract.")
  String filing();

  @Message("Signatures")
  String signaturesTitle();

  @Message(
      "Signed electronically on the platform by each party; the signature records are kept with the filing.")
  String signaturesNote();

  @Message("Filing record")
  String filingRecord();

  @Message("Filing number")
  String filingNumber();

  @Message("Not yet filed: the parties are still signing this version.")
  String notFiled();

  @Message("Document fingerprint (SHA-256)")
  String fingerprint();

  @Message("Signed")
  String signedAt();

  @Message("not signed")
  String unsigned();

  @Message("Download PDF")
  String downloadPdf();

  @Message("中文 PDF")
  String pdfZh();

  @Message("English PDF")
  String pdfEn();
}
