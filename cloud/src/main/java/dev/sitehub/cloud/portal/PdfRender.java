package dev.sitehub.cloud.portal;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;

/**
 * Turns a document template (well-formed XHTML) into a PDF people keep, with openhtmltopdf on
 * PDFBox: the configured CJK TrueType font is embedded as a subset under the family name {@link
 * #FONT_FAMILY}, so the PDF shows and copies its Chinese on any reader, with no font installed.
 */
@ApplicationScoped
public class PdfRender {
  /** The CSS font-family name document templates use. */
  public static final String FONT_FAMILY = "SiteHub CJK";

  private static final Logger LOG = Logger.getLogger(PdfRender.class);
  private final DocumentsConfig config;
  private final PortalRequest request;

  public PdfRender(DocumentsConfig config, PortalRequest request) {
    this.config = config;
    this.request = request;
  }

  /**
   * The language a download asks for ({@code ?lang=zh} or {@code en}), else the viewer's portal
   * language.
   */
  public Locale locale(String lang) {
    return PortalLocales.supported(lang).orElseGet(request::locale);
  }

  /** {@code document} rendered in {@code locale} as an attachment named {@code fileName}. */
  public Response download(TemplateInstance document, Locale locale, String fileName) {
    byte[] pdf = pdf(document.setLocale(locale).render());
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** The PDF of {@code xhtml}; its font is the configured CJK font. */
  public byte[] pdf(String xhtml) {
    File file = new File(config.fontFile());
    if (!file.canRead()) {
      // A missing font would give a PDF of '#' signs: refuse loudly instead.
      throw new IllegalStateException(
          "sitehub.documents.font-file " + file + " is not readable; install fonts-wqy-microhei");
    }
    List<AutoCloseable> open = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      TrueTypeFont ttf = font(file, open);
      PDType0Font font = PDType0Font.load(doc, ttf, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      new PdfRendererBuilder()
          .usePDDocument(doc)
          .useFastMode()
          .useFont(new PDFontSupplier(font), FONT_FAMILY)
          .withHtmlContent(xhtml, null)
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the PDF", e);
    } finally {
      for (AutoCloseable c : open) {
        try {
          c.close();
        } catch (Exception e) {
          LOG.debugf(e, "closing the font file");
        }
      }
    }
  }

  private TrueTypeFont font(File file, List<AutoCloseable> open) throws IOException {
    if (!file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
      TrueTypeFont ttf =
          new org.apache.fontbox.ttf.TTFParser()
              .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file));
      open.add(ttf);
      return ttf;
    }
    TrueTypeCollection collection = new TrueTypeCollection(file);
    open.add(collection);
    if (config.fontName().isPresent()) {
      TrueTypeFont named = collection.getFontByName(config.fontName().get());
      if (named == null) {
        throw new IllegalStateException(
            "no font "
                + config.fontName().get()
                + " in "
                + file
                + " (sitehub.documents.font-name)");
      }
      return named;
    }
    TrueTypeFont[] first = new TrueTypeFont[1];
    collection.processAllFonts(
        f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
    return first[0];
  }
}
