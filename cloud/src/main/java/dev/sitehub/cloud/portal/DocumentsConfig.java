package dev.sitehub.cloud.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of the PDFs people keep (contract, acceptance record, payment statement). */
@ConfigMapping(prefix = "sitehub.documents")
public interface DocumentsConfig {

  /**
   * TrueType font (.ttf, or a .ttc collection) with Chinese glyphs, embedded as a subset in every
   * PDF. The default comes with Debian's and Ubuntu's fonts-wqy-microhei. CFF-outlined OpenType
   * fonts (such as Noto Sans CJK's .ttc) are not supported.
   */
  @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
  String fontFile();

  /**
   * PostScript name of the font to take from a .ttc collection; the collection's first font when
   * unset. Ignored for a .ttf file.
   */
  Optional<String> fontName();
}
