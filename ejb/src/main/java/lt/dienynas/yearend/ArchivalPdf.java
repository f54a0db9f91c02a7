package lt.dienynas.yearend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.reporting.ArchivalPdfFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An archival (PDF/A-2b, see {@link ArchivalPdfFile}) landscape A4 document of titled tables, with
 * table headers repeated on every page, page numbers, and a signature block. Nothing in the bytes
 * depends on the clock or chance: the dates are given by the caller (from the data) and the
 * document ID is derived from the content, so the same content gives the same file.
 */
final class ArchivalPdf {
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36;
  private static final float BODY = 8;
  private static final float ROW = 13;
  private static final float HEADER_LINE = 10;

  /** A table column: its header (lines split by '\n') and its share of the page width. */
  record Column(String header, float weight) {}

  private final PDDocument doc = new PDDocument();
  private final PDType0Font regular;
  private final PDType0Font bold;
  private final String title;
  private final String subtitle;
  private final List<PDPage> pages = new ArrayList<>();
  private final StringBuilder content = new StringBuilder();
  private PDPageContentStream stream;
  private float y;

  ArchivalPdf(String title, String subtitle) {
    this.title = title;
    this.subtitle = subtitle;
    regular = ArchivalPdfFile.regular(doc);
    bold = ArchivalPdfFile.bold(doc);
    content.append(title).append('\n').append(subtitle).append('\n');
  }

  /** A titled table; the header is drawn again at the top of every page the table runs onto. */
  ArchivalPdf table(String heading, List<Column> columns, List<List<String>> rows) {
    try {
      float total = (float) columns.stream().mapToDouble(Column::weight).sum();
      float usable = PAGE.getWidth() - 2 * MARGIN;
      float[] widths = new float[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = usable * columns.get(i).weight() / total;
      }
      int headerLines =
          columns.stream().mapToInt(c -> c.header().split("\n", -1).length).max().orElse(1);
      float headerHeight = headerLines * HEADER_LINE + 4;
      ensure(30 + headerHeight + ROW);
      text(bold, 10, MARGIN, y - 12, heading);
      y -= 18;
      header(columns, widths, headerHeight);
      content.append(heading).append('\n');
      for (List<String> row : rows) {
        if (y - ROW < MARGIN + 20) {
          newPage();
          header(columns, widths, headerHeight);
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
          String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
          text(regular, BODY, x + 2, y - ROW + 3.5f, fit(regular, BODY, cell, widths[i] - 4));
          x += widths[i];
        }
        line(MARGIN, y - ROW, PAGE.getWidth() - MARGIN, y - ROW, 0.3f);
        y -= ROW;
        content.append(String.join("\t", row)).append('\n');
      }
      y -= 12;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of plain text under the tables (totals, notes). */
  ArchivalPdf paragraph(String text) {
    try {
      ensure(ROW + 4);
      text(regular, 9, MARGIN, y - 10, text);
      y -= ROW + 2;
      content.append(text).append('\n');
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The signature block: who signs, with lines for the signature and the date (§21.18). */
  ArchivalPdf signature(String role, String name) {
    try {
      ensure(70);
      y -= 20;
      text(regular, 10, MARGIN, y, role + ": " + name);
      line(MARGIN + 330, y - 2, MARGIN + 500, y - 2, 0.6f);
      line(MARGIN + 560, y - 2, MARGIN + 690, y - 2, 0.6f);
      text(regular, 7, MARGIN + 385, y - 11, "(parašas)");
      text(regular, 7, MARGIN + 610, y - 11, "(data)");
      y -= 30;
      content.append(role).append(": ").append(name).append('\n');
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the document: page numbers, metadata, output intent; returns the file's bytes. */
  byte[] finish(LocalDateTime created) {
    try {
      if (stream == null) {
        newPage();
      }
      stream.close();
      stream = null;
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(doc, pages.get(i), AppendMode.APPEND, true)) {
          String number = "Puslapis " + (i + 1) + " iš " + pages.size();
          footer.beginText();
          footer.setFont(regular, 7);
          footer.newLineAtOffset(
              PAGE.getWidth() - MARGIN - regular.getStringWidth(number) / 1000 * 7, MARGIN - 14);
          footer.showText(number);
          footer.endText();
        }
      }
      return ArchivalPdfFile.save(
          doc, title, created, created, content.toString() + '\n' + created);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        doc.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void header(List<Column> columns, float[] widths, float height) throws IOException {
    float x = MARGIN;
    line(MARGIN, y, PAGE.getWidth() - MARGIN, y, 0.8f);
    for (int i = 0; i < widths.length; i++) {
      String[] lines = columns.get(i).header().split("\n", -1);
      for (int l = 0; l < lines.length; l++) {
        text(bold, 7, x + 2, y - HEADER_LINE * (l + 1) + 1, fit(bold, 7, lines[l], widths[i] - 4));
      }
      x += widths[i];
    }
    y -= height;
    line(MARGIN, y, PAGE.getWidth() - MARGIN, y, 0.8f);
  }

  private void ensure(float space) throws IOException {
    if (stream == null || y - space < MARGIN + 20) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    pages.add(page);
    stream = new PDPageContentStream(doc, page);
    y = PAGE.getHeight() - MARGIN;
    text(bold, 12, MARGIN, y - 12, title);
    text(regular, 9, MARGIN, y - 26, subtitle);
    y -= 40;
  }

  private void text(PDType0Font font, float size, float x, float at, String text)
      throws IOException {
    if (text.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, at);
    stream.showText(text);
    stream.endText();
  }

  private void line(float x1, float y1, float x2, float y2, float width) throws IOException {
    stream.setLineWidth(width);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  /** The text cut with "…" to fit the width; a cell never overflows into its neighbour. */
  private static String fit(PDType0Font font, float size, String text, float width)
      throws IOException {
    if (font.getStringWidth(text) / 1000 * size <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && font.getStringWidth(cut + "…") / 1000 * size > width) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }
}
