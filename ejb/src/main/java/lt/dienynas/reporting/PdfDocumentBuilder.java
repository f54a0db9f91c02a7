package lt.dienynas.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a simple A4 document — a title, labelled lines, tables, paragraphs and signature lines —
 * with the DejaVu Sans font embedded (shipped in this module, so Lithuanian letters print the same
 * on every machine). Text flows onto new pages as needed.
 */
public final class PdfDocumentBuilder {
  private static final String FONTS = "/lt/dienynas/reporting/fonts/";
  private static final float MARGIN = 56;
  private static final float BODY = 10;
  private static final float LEADING = 14;

  private final PDDocument document = new PDDocument();
  private final String documentTitle;
  private final PDFont regular;
  private final PDFont bold;
  private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private PDPageContentStream content;
  private float y;

  public PdfDocumentBuilder(String title, String author) {
    this.documentTitle = title;
    try {
      regular = font("DejaVuSans.ttf");
      bold = font("DejaVuSans-Bold.ttf");
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setAuthor(author);
      info.setCreator("e. dienynas");
      info.setCreationDate(Calendar.getInstance());
      newPage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PDFont font(String file) throws IOException {
    try (InputStream in = PdfDocumentBuilder.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("font missing from the module: " + file);
      }
      return PDType0Font.load(document, in, true);
    }
  }

  public PdfDocumentBuilder title(String text) {
    return write(bold, 14, text, 0, LEADING + 8);
  }

  public PdfDocumentBuilder heading(String text) {
    space(6);
    return write(bold, 11, text, 0, LEADING + 2);
  }

  public PdfDocumentBuilder paragraph(String text) {
    return write(regular, BODY, text, 0, LEADING);
  }

  /** "Label: value" with the label in bold. */
  public PdfDocumentBuilder field(String label, String value) {
    try {
      ensure(LEADING);
      String head = label + ": ";
      float labelWidth = textWidth(bold, BODY, head);
      show(bold, BODY, MARGIN, head);
      List<String> lines = wrap(regular, BODY, value, width - labelWidth);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          y -= LEADING;
          ensure(LEADING);
        }
        show(regular, BODY, MARGIN + labelWidth, lines.get(i));
      }
      y -= LEADING;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A table with equal-width columns; a cell's text wraps within its column. */
  public PdfDocumentBuilder section(ReportSection section) {
    heading(section.title());
    if (section.rows().isEmpty()) {
      return paragraph(section.emptyText());
    }
    float column = width / section.headers().size();
    row(bold, section.headers(), column);
    for (List<String> cells : section.rows()) {
      row(regular, cells, column);
    }
    return this;
  }

  /** A line to sign on: "name ____________ (signature, date)". */
  public PdfDocumentBuilder signatureLine(String who, String caption) {
    space(18);
    paragraph(who + "   ______________________________");
    return write(regular, 8, caption, 0, LEADING);
  }

  public PdfDocumentBuilder space(float points) {
    y -= points;
    return this;
  }

  /** Starts a new page (a class's reports: one student a page). */
  public PdfDocumentBuilder pageBreak() {
    try {
      newPage();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document as an archival PDF/A-2b file ({@link ArchivalPdfFile}): its dates and document ID
   * from the data given, so the same content prints the same file.
   *
   * @param created the date written into the file (when the data were last changed)
   * @param identity what makes this document this one
   */
  public byte[] toArchivalBytes(LocalDateTime created, String identity) {
    try {
      content.close();
      // the archival metadata carry no author: an Info entry without its XMP twin breaks PDF/A
      document.getDocumentInformation().setAuthor(null);
      return ArchivalPdfFile.save(document, documentTitle, created, created, identity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        document.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public byte[] toBytes() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(PDFont font, List<String> cells, float column) {
    try {
      List<List<String>> wrapped = new ArrayList<>();
      int height = 1;
      for (String cell : cells) {
        List<String> lines = wrap(font, BODY - 1, cell, column - 6);
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      ensure(height * (LEADING - 2) + 4);
      for (int line = 0; line < height; line++) {
        for (int c = 0; c < wrapped.size(); c++) {
          List<String> lines = wrapped.get(c);
          if (line < lines.size()) {
            show(font, BODY - 1, MARGIN + c * column, lines.get(line));
          }
        }
        y -= LEADING - 2;
      }
      content.setLineWidth(0.3f);
      content.moveTo(MARGIN, y + 8);
      content.lineTo(MARGIN + width, y + 8);
      content.stroke();
      y -= 4;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PdfDocumentBuilder write(PDFont font, float size, String text, float indent, float lead) {
    try {
      for (String line : wrap(font, size, text, width - indent)) {
        ensure(lead);
        show(font, size, MARGIN + indent, line);
        y -= lead;
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void show(PDFont font, float size, float x, String text) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private void ensure(float needed) throws IOException {
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** Splits text into lines that fit the width, breaking at spaces (a long word is cut). */
  private static List<String> wrap(PDFont font, float size, String text, float maxWidth)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.replace('\t', ' ').split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (textWidth(font, size, candidate) <= maxWidth) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (textWidth(font, size, rest) > maxWidth && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && textWidth(font, size, rest.substring(0, cut)) > maxWidth) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float textWidth(PDFont font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }
}
