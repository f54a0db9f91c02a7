package lt.dienynas.preschool;

import static lt.dienynas.reporting.PdfAssertions.assertPdfA2b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The pre-school progress and group reports are PDF/A-2b (veraPDF) and print what they hold. */
class PreschoolDocumentsTest {
  private static final Locale LT = Locale.forLanguageTag("lt");

  private static final PreschoolGroupInfo GROUP =
      new PreschoolGroupInfo(
          7L,
          "Boružėlės",
          3L,
          "2030–2031",
          LocalDate.of(2030, 9, 1),
          LocalDate.of(2031, 8, 31),
          11L);

  private static ChildProgress progress() {
    List<CompetencyProgress> rows = new ArrayList<>();
    for (Competency c : Competency.values()) {
      rows.add(
          new CompetencyProgress(
              c, c == Competency.COGNITIVE ? List.of(3, 4) : Arrays.asList(null, null), null));
    }
    return new ChildProgress(
        42L,
        "Ugnė Ąžuolaitė",
        List.of(
            new AssessmentColumn(3L, "2030–2031", AssessmentRound.OCTOBER),
            new AssessmentColumn(3L, "2030–2031", AssessmentRound.MAY)),
        rows);
  }

  @Test
  void progressReportIsArchivalAndShowsTheStepBesideThePreviousOne() throws Exception {
    LocalDateTime at = LocalDateTime.of(2031, 5, 12, 0, 0);
    byte[] pdf =
        PreschoolDocuments.progressReport(
            GROUP,
            AssessmentRound.MAY,
            progress(),
            Map.of(Competency.COGNITIVE, "Klausinėja, skaičiuoja iki dešimties"),
            LT,
            at);
    assertPdfA2b(pdf);
    String text = text(pdf);
    assertTrue(text.contains("Ugdytinio pažangos ataskaita"), text);
    assertTrue(text.contains("Ugnė Ąžuolaitė"), text);
    assertTrue(text.contains("Pažinimo kompetencija 4 3"), text);
    assertTrue(text.contains("Klausinėja"), text);
    assertArrayEquals(
        pdf,
        PreschoolDocuments.progressReport(
            GROUP,
            AssessmentRound.MAY,
            progress(),
            Map.of(Competency.COGNITIVE, "Klausinėja, skaičiuoja iki dešimties"),
            LT,
            at),
        "the same content prints the same file");
  }

  @Test
  void groupReportIsArchivalAndCountsTheChildrenPerStep() throws Exception {
    List<StepDistribution> rows = new ArrayList<>();
    for (Competency c : Competency.values()) {
      rows.add(
          new StepDistribution(
              c,
              c == Competency.COGNITIVE
                  ? List.of(0, 1, 1, 0, 0, 0, 0)
                  : List.of(0, 0, 0, 0, 0, 0, 0),
              c == Competency.COGNITIVE ? 0 : 2));
    }
    byte[] pdf =
        PreschoolDocuments.groupReport(
            new GroupDistribution(7L, "Boružėlės", "2030–2031", AssessmentRound.OCTOBER, 2, rows),
            LT,
            LocalDateTime.of(2030, 10, 10, 0, 0));
    assertPdfA2b(pdf);
    String text = text(pdf);
    assertTrue(text.contains("Grupės vaikų pasiekimų ataskaita"), text);
    assertTrue(text.contains("Spalio mėn. vertinimas"), text);
    assertTrue(text.contains("Skaitmeninė kompetencija"), text);
    assertTrue(text.contains("Pažinimo kompetencija 2 žingsnis – 1; 3 žingsnis – 1 0"), text);
    assertTrue(text.contains("Skaitmeninė kompetencija — 2"), text);
  }

  private static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
