package lt.dienynas.preschool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.reporting.ArchivalPdfFile;
import lt.dienynas.reporting.SchoolName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prints the vaikų lankomumo apskaitos žiniaraštis (§22.9) as a PDF/A-2b file on landscape A4: a
 * line per child, a column per working day („n“ absent, „p“ late, „–“ not filled or not in the
 * group), the month's totals, and the lines to sign. The file's dates and ID come from the sheet's
 * data ({@link ArchivalPdfFile}), so the same sheet gives the same file.
 */
public final class AttendanceSheetPdf {
  static final String TITLE = "Vaikų lankomumo apskaitos žiniaraštis";
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36;
  private static final float ROW = 13;
  private static final float NUMBER = 18;
  private static final float NAME = 130;
  private static final float TOTAL = 30;
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private AttendanceSheetPdf() {}

  /**
   * @param submittedAt when the teacher submitted it (the file's date)
   * @param teacher who submitted it
   */
  public static byte[] render(SheetView sheet, String teacher, LocalDateTime submittedAt) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = ArchivalPdfFile.regular(document);
      PDFont bold = ArchivalPdfFile.bold(document);
      StringBuilder text = new StringBuilder();
      List<LocalDate> days = sheet.workingDays();
      float dayWidth =
          (PAGE.getWidth() - 2 * MARGIN - NUMBER - NAME - 4 * TOTAL) / Math.max(days.size(), 1);
      List<String> headers = new ArrayList<>();
      List<Float> widths = new ArrayList<>();
      headers.add("Nr.");
      widths.add(NUMBER);
      headers.add("Vardas, pavardė");
      widths.add(NAME);
      for (LocalDate day : days) {
        headers.add(Integer.toString(day.getDayOfMonth()));
        widths.add(dayWidth);
      }
      for (String total : List.of("Atvyko", "Pavėl.", "Neatv.", "Pateis.")) {
        headers.add(total);
        widths.add(TOTAL);
      }
      PDPageContentStream content = null;
      float y = 0;
      int line = 0;
      List<List<String>> rows = new ArrayList<>();
      for (SheetRow row : sheet.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(++line));
        cells.add(row.name());
        cells.addAll(row.marks());
        cells.add(Integer.toString(row.present()));
        cells.add(Integer.toString(row.late()));
        cells.add(Integer.toString(row.absent()));
        cells.add(Integer.toString(row.justified()));
        rows.add(cells);
      }
      int index = 0;
      do {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        if (content != null) {
          content.close();
        }
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
        if (index == 0) {
          y = show(content, bold, 12, MARGIN, y, TITLE.toUpperCase(java.util.Locale.ROOT), text);
          y = show(content, regular, 9, MARGIN, y, SchoolName.get(), text);
          y =
              show(
                  content,
                  regular,
                  9,
                  MARGIN,
                  y,
                  "Grupė: " + sheet.groupName() + "    Mėnuo: " + sheet.month(),
                  text);
          y -= 4;
        }
        y = row(content, bold, y, headers, widths, text);
        while (index < rows.size() && y - ROW > MARGIN + 3 * ROW) {
          y = row(content, regular, y, rows.get(index++), widths, text);
        }
      } while (index < rows.size());
      y -= ROW;
      y =
          show(
              content,
              regular,
              8,
              MARGIN,
              y,
              "Žymėjimas: tuščia – atvyko, n – neatvyko, p – pavėlavo, – – diena neužpildyta arba"
                  + " vaikas nebuvo grupėje.",
              text);
      y -= ROW;
      y =
          show(
              content,
              regular,
              9,
              MARGIN,
              y,
              "Pateikė: "
                  + teacher
                  + "  "
                  + DAY_TIME.format(submittedAt)
                  + "    Suderino: ______________",
              text);
      content.close();
      return ArchivalPdfFile.save(
          document,
          TITLE + " – " + sheet.groupName() + " " + sheet.month(),
          submittedAt,
          submittedAt,
          text + "\n" + submittedAt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float row(
      PDPageContentStream content,
      PDFont font,
      float top,
      List<String> cells,
      List<Float> widths,
      StringBuilder text)
      throws IOException {
    float x = MARGIN;
    for (int i = 0; i < cells.size(); i++) {
      float w = widths.get(i);
      content.addRect(x, top - ROW, w, ROW);
      String cell = fit(font, 7, cells.get(i), w - 3);
      if (!cell.isEmpty()) {
        content.beginText();
        content.setFont(font, 7);
        content.newLineAtOffset(x + 1.5f, top - ROW + 3.5f);
        content.showText(cell);
        content.endText();
      }
      text.append(cell).append('|');
      x += w;
    }
    content.stroke();
    text.append('\n');
    return top - ROW;
  }

  private static float show(
      PDPageContentStream content,
      PDFont font,
      float size,
      float x,
      float top,
      String line,
      StringBuilder text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, top - size);
    content.showText(line);
    content.endText();
    text.append(line).append('\n');
    return top - size - 5;
  }

  /** The text cut to the column's width. */
  private static String fit(PDFont font, float size, String value, float width) throws IOException {
    String cell = value == null ? "" : value;
    while (!cell.isEmpty() && font.getStringWidth(cell) / 1000 * size > width) {
      cell = cell.substring(0, cell.length() - 1);
    }
    return cell;
  }
}
