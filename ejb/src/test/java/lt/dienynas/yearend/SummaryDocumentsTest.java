package lt.dienynas.yearend;

import static lt.dienynas.reporting.PdfAssertions.assertPdfA2b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.yearend.ClassSummary.Absences;
import lt.dienynas.yearend.ClassSummary.StudentLine;
import lt.dienynas.yearend.ClassSummary.SubjectLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The summary and report PDFs are PDF/A-2b, readable, paginated and the same for the same data. */
class SummaryDocumentsTest {

  static ClassSummary sample(int students) {
    List<StudentLine> lines = new ArrayList<>();
    String[] subjects = {"Lietuvių kalba ir literatūra", "Matematika", "Anglų kalba", "Dailė"};
    for (int i = 0; i < students; i++) {
      List<SubjectLine> results = new ArrayList<>();
      for (int j = 0; j < subjects.length; j++) {
        String annual = Integer.toString(3 + (i + j) % 8);
        results.add(
            new SubjectLine(
                j + 1,
                subjects[j],
                Integer.toString(4 + (i + j) % 7),
                annual,
                annual,
                null,
                j == 1 && i == 2 ? "5" : null));
      }
      lines.add(
          new StudentLine(
              100 + i,
              "Žemaitytė" + i,
              "Ūla Čičinskaitė",
              results,
              new Absences(10 + i, 8),
              new Absences(5, 5),
              new Absences(15 + i, 13),
              i == 2 ? "SUMMER_WORK" : "PROMOTED",
              new java.math.BigDecimal(i % 3 == 0 ? "10.5" : "4.0")));
    }
    return new ClassSummary(
        7,
        "2026–2027",
        42,
        "5a",
        "Jūratė Petrauskienė",
        LocalDate.of(2027, 6, 19),
        LocalDateTime.of(2027, 6, 20, 14, 5, 7),
        lines);
  }

  @Test
  void theSummaryIsAnArchivalReadablePaginatedDocument() throws Exception {
    ClassSummary summary = sample(40);
    byte[] pdf = SummaryDocuments.summaryPdf(summary);
    assertPdfA2b(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 2, "40 students × 4 subjects run over several pages");
      PDFTextStripper stripper = new PDFTextStripper();
      String all = stripper.getText(doc);
      assertTrue(all.contains("Mokinių mokymosi pasiekimų apskaitos suvestinė"));
      assertTrue(all.contains("Žemaitytė39 Ūla Čičinskaitė"));
      assertTrue(all.contains("Lietuvių kalba ir literatūra"));
      assertTrue(all.contains("Skirti vasaros darbai"));
      assertTrue(all.contains("Klasės vadovas(-ė): Jūratė Petrauskienė"));
      // grades 5–8: the year's social-civic hours beside the attendance (§21.12)
      assertTrue(all.contains("Praleistos pamokos, socialinė-pilietinė veikla ir kėlimas"), all);
      assertTrue(all.contains(" 10,5 "), all);
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(doc);
      assertTrue(second.contains("Dalykas"), "the table header repeats on page 2");
      assertTrue(second.contains("Puslapis 2 iš " + doc.getNumberOfPages()));
      assertTrue(
          doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight());
    }
  }

  @Test
  void theSameDataGivesTheSameBytesAndOtherDataOtherBytes() {
    assertArrayEquals(
        SummaryDocuments.summaryPdf(sample(5)), SummaryDocuments.summaryPdf(sample(5)));
    assertFalse(
        java.util.Arrays.equals(
            SummaryDocuments.summaryPdf(sample(5)), SummaryDocuments.summaryPdf(sample(6))));
  }

  @Test
  void periodReportsAreArchivalAndCountProgress() throws Exception {
    byte[] pdf = SummaryDocuments.periodReportPdf(sample(10), PeriodKind.SECOND_SEMESTER);
    assertPdfA2b(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("II pusmečio pažangumo ir lankomumo suvestinė"));
      // annual = 3 + (i + j) % 8: a 3 (unsatisfactory) for i + j ≡ 0 (mod 8); students 0, 5..7
      // has one in some subject among j = 0..3 → i ∈ {0, 5, 6, 7, 8}; 5 of 10 progress
      assertTrue(text.contains("pažangių (be nepatenkinamų įvertinimų): 5 (50,0 %)"), text);
      assertTrue(text.contains("1. Žemaitytė0 Ūla Čičinskaitė 4,50 1 5 5 0"), text);
    }
  }

  @Test
  void csvHasOneLinePerStudentAndSubjectWithTheFinalResult() {
    String csv = new String(SummaryCsv.write(sample(3)), StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertEquals(1 + 3 * 4, lines.length);
    assertEquals(String.join(",", SummaryCsv.COLUMNS), lines[0]);
    assertTrue(
        csv.contains("2026–2027,5a,102,Žemaitytė2,Ūla Čičinskaitė,2,Matematika,7,6,6,,5,5,"), csv);
    assertTrue(lines[1 + 2 * 4].endsWith(",SUMMER_WORK,4.0"), lines[9]);
    assertTrue(lines[1].endsWith(",PROMOTED,10.5"), lines[1]);
    assertEquals("\"a,\"\"b\"\"\"", SummaryCsv.quote("a,\"b\""));
  }
}
