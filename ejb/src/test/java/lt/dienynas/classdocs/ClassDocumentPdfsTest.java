package lt.dienynas.classdocs;

import static lt.dienynas.reporting.PdfAssertions.assertPdfA2b;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.shared.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The class teacher's printed documents are PDF/A-2b (veraPDF) and print their data. */
class ClassDocumentPdfsTest {
  private static final LocalDateTime AT = LocalDateTime.of(2030, 10, 7, 9, 15);
  private static final RosterLine ONA = new RosterLine(1, "Ona", "Žilinskaitė");
  private static final RosterLine JONAS = new RosterLine(2, "Jonas", "Čepulis");

  @Test
  void theSignSheetIsPdfAWithALineForEveryStudent() throws Exception {
    byte[] pdf =
        ClassDocumentPdfs.signSheet(
            new SignSheet(
                7,
                0,
                "6a",
                InstructionKind.SAFETY,
                LocalDate.of(2030, 10, 7),
                "Saugus elgesys ekskursijoje",
                "Elgesys autobuse, prie vandens telkinių.",
                "Jūratė Vadovė",
                AT,
                List.of(JONAS, ONA)),
            Messages.LITHUANIAN);
    assertPdfA2b(pdf);
    String text = text(pdf);
    assertTrue(text.contains("Instruktažo lapas"), text);
    assertTrue(text.contains("1 Jonas Čepulis"), text);
    assertTrue(text.contains("2 Ona Žilinskaitė"), text);
    assertTrue(text.contains("Saugaus elgesio instruktažas"), text);
  }

  @Test
  void theMonthlyReportsArePdfA() throws Exception {
    StudentAttendance ona = new StudentAttendance(1, ONA.fullName(), 2, 1, 0);
    StudentAttendance jonas = new StudentAttendance(2, JONAS.fullName(), 0, 0, 3);
    ClassAttendanceReport report =
        new ClassAttendanceReport(5, "6a", "2030-10", List.of(jonas, ona), 2, 1, 3, List.of(ona));
    byte[] attendance = ClassDocumentPdfs.classAttendance(report, AT, Messages.LITHUANIAN);
    assertPdfA2b(attendance);
    assertTrue(text(attendance).contains("Iš viso 2 1 3"), text(attendance));

    byte[] progress =
        ClassDocumentPdfs.progressReport(
            "6a",
            YearMonth.of(2030, 10),
            List.of(
                new StudentMonth(
                    ONA,
                    List.of(
                        new MonthMark(
                            1,
                            "Matematika",
                            LocalDate.of(2030, 10, 8),
                            MarkScale.TEN_POINT,
                            "9",
                            null,
                            AssessmentKind.TEST)),
                    ona,
                    List.of(
                        new MonthNote(
                            1, LocalDate.of(2030, 10, 9), StudentNoteKind.PRAISE, "Šaunuolė"))),
                new StudentMonth(JONAS, List.of(), jonas, List.of())),
            AT,
            Messages.LITHUANIAN);
    assertPdfA2b(progress);
    try (PDDocument document = Loader.loadPDF(progress)) {
      assertEquals(2, document.getNumberOfPages());
    }
    String text = text(progress);
    assertTrue(text.contains("Matematika 8 d.: 9"), text);
    assertTrue(text.contains("Pagyrimas Šaunuolė"), text);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
