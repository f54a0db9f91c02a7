package lt.dienynas.preschool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.reporting.PdfAssertions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The monthly attendance sheet prints as PDF/A-2b, Lithuanian letters and every child in it. */
class AttendanceSheetPdfTest {

  private static SheetView sheet(int children) {
    YearMonth month = YearMonth.of(2030, 10);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = month.atDay(1); d.getMonthValue() == 10; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() < 6) {
        days.add(d);
      }
    }
    List<SheetRow> rows = new ArrayList<>();
    for (int i = 1; i <= children; i++) {
      List<String> marks = new ArrayList<>();
      for (int d = 0; d < days.size(); d++) {
        marks.add(d == i % days.size() ? "n" : d == (i + 3) % days.size() ? "p" : "");
      }
      rows.add(new SheetRow(i, "Žemyna Ąžuolaitė-" + i, marks, days.size() - 2, 1, 1, 1));
    }
    return new SheetView(
        1,
        "Boružėlės",
        month,
        days,
        rows,
        List.of(),
        days.get(days.size() - 1),
        SheetStatus.SUBMITTED,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        0);
  }

  @Test
  void aGroupOfTwentyIsPdfA2bWithItsChildren() throws Exception {
    LocalDateTime at = LocalDateTime.of(2030, 10, 31, 15, 0);
    byte[] pdf = AttendanceSheetPdf.render(sheet(20), "Liepa Gudelienė", at);
    PdfAssertions.assertPdfA2b(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("VAIKŲ LANKOMUMO APSKAITOS ŽINIARAŠTIS"), text);
      assertTrue(text.contains("Grupė: Boružėlės"), text);
      assertTrue(text.contains("Žemyna Ąžuolaitė-20"), text);
      assertTrue(
          text.contains("Pateikė: Liepa Gudelienė 2030-10-31 15:00")
              || text.contains("Liepa Gudelienė  2030-10-31 15:00"),
          text);
    }
    assertArrayEquals(
        pdf,
        AttendanceSheetPdf.render(sheet(20), "Liepa Gudelienė", at),
        "the same sheet, the same file");
  }

  @Test
  void aLongListFlowsOntoANewPage() throws Exception {
    byte[] pdf =
        AttendanceSheetPdf.render(
            sheet(45), "Liepa Gudelienė", LocalDateTime.of(2030, 10, 31, 15, 0));
    PdfAssertions.assertPdfA2b(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() >= 2);
      assertTrue(new PDFTextStripper().getText(document).contains("Žemyna Ąžuolaitė-45"));
    }
  }
}
