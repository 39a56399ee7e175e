package dev.sitehub.cloud.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a downloaded PDF the way a keeper's reader would: its text, and whether its fonts travel.
 */
final class PdfAssertions {
  private PdfAssertions() {}

  /**
   * The PDF's text with all white space removed (lines wrap anywhere in CJK text), after checking
   * that every font on every page is embedded, as a subset, with its TrueType program.
   */
  static String text(byte[] pdf) {
    assertThat(pdf)
        .as("a PDF")
        .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          fonts++;
          assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
          assertThat(font.getName()).as("subset font name").matches("[A-Z]{6}\\+.+");
          PDFontDescriptor d =
              font instanceof PDType0Font t0
                  ? t0.getDescendantFont().getFontDescriptor()
                  : font.getFontDescriptor();
          assertThat(d.getFontFile2()).as(font.getName() + " TrueType program").isNotNull();
        }
      }
      assertThat(fonts).as("fonts used").isPositive();
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code s} without white space, to compare with {@link #text}. */
  static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }
}
