package lt.dienynas.yearend;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import lt.dienynas.archive.ArchivePackage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * An archival (PDF/A-2b) landscape A4 document of titled tables: the DejaVu font embedded (it has
 * every Lithuanian glyph), XMP metadata matching the document information, an sRGB output intent,
 * table headers repeated on every page, page numbers, and a signature block. Nothing in the bytes
 * depends on the clock or chance: the dates are given by the caller (from the data) and the
 * document ID is derived from the content, so the same content gives the same file.
 */
final class ArchivalPdf {
  static final String CREATOR = "e. dienynas";
  private static final String FONT_DIR = "/lt/dienynas/reporting/fonts/";
  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
    try {
      regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
      bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      Calendar when = calendar(created);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator(CREATOR);
      info.setProducer(CREATOR);
      info.setCreationDate(when);
      info.setModificationDate(when);
      doc.getDocumentCatalog().setLanguage("lt-LT");
      doc.getDocumentCatalog().setMetadata(metadata(when));
      PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
      intent.setInfo("sRGB IEC61966-2.1");
      intent.setOutputCondition("sRGB IEC61966-2.1");
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setRegistryName("http://www.color.org");
      doc.getDocumentCatalog().addOutputIntent(intent);
      byte[] id =
          Arrays.copyOf(
              HexFormat.of()
                  .parseHex(
                      ArchivePackage.sha256(
                          (content.toString() + '\n' + created).getBytes(StandardCharsets.UTF_8))),
              16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
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

  private PDMetadata metadata(Calendar when) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.setFormat("application/pdf");
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    pdfa.setPart(2);
    try {
      pdfa.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException("B is a PDF/A conformance level", e);
    }
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(CREATOR);
    basic.setCreateDate(when);
    basic.setModifyDate(when);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(CREATOR);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, bytes, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException(e);
    }
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(bytes.toByteArray());
    return metadata;
  }

  private static Calendar calendar(LocalDateTime at) {
    GregorianCalendar calendar =
        new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
    calendar.clear();
    calendar.setTimeInMillis(at.withNano(0).toInstant(ZoneOffset.UTC).toEpochMilli());
    return calendar;
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

  private static byte[] font(String name) {
    try (InputStream in = ArchivalPdf.class.getResourceAsStream(FONT_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
