package lt.dienynas.correction;

import static lt.dienynas.reporting.PdfAssertions.assertPdfA2b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * The printed act (Annex 1) is an archival PDF/A-2b file whose text is the act's and whose dates
 * and document ID come from the act, so the same act always gives the same bytes.
 */
class CorrectionActPdfTest {
  private static final LocalDateTime CREATED =
      LocalDateTime.of(2031, 6, 22, 9, 15, 30, 123_000_000);
  private static final LocalDateTime APPLIED = LocalDateTime.of(2031, 6, 25, 14, 2, 5);

  static CorrectionView applied(LocalDateTime archivedAt) {
    return new CorrectionView(
        41,
        "2030-2031/007",
        "2030–2031",
        archivedAt == null ? CorrectionStatus.APPLIED : CorrectionStatus.ARCHIVED,
        5,
        "Jūratė Petrauskienė",
        "",
        "6a",
        "Lietuvių kalba ir literatūra",
        LocalDate.of(2031, 6, 20),
        "Įrašytas ne to mokinio metinis įvertinimas",
        "Klaida perkeliant įvertinimus į žiniaraštį",
        CREATED,
        CREATED.plusHours(1),
        new CorrectionView.Party(
            "Rimantas Žukauskas", Decision.AGREED, null, LocalDateTime.of(2031, 6, 23, 8, 0)),
        new CorrectionView.Party(
            "Giedrius Paulauskas", Decision.AGREED, "Sutinku", LocalDateTime.of(2031, 6, 24, 8, 0)),
        "Laima Adomaitienė",
        APPLIED,
        archivedAt,
        List.of(
            new CorrectionView.Line(
                CorrectionKind.PERIOD_GRADE, 100, "Ąžuolas Šimkūnas", "metinis", "4", "9"),
            new CorrectionView.Line(
                CorrectionKind.PERIOD_ATTENDANCE,
                100,
                "Ąžuolas Šimkūnas",
                "II pusmetis",
                "praleista 12, pateisinta 2",
                "praleista 12, pateisinta 12")));
  }

  @Test
  void anAppliedActIsAnArchivalDocumentWithItsOwnText() throws Exception {
    byte[] pdf = CorrectionActPdf.render(applied(null));
    assertPdfA2b(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("AKTAS DĖL LEIDIMO KEISTI DUOMENIS ELEKTRONINIAME DIENYNE"), text);
      assertTrue(text.contains("Nr. 2030-2031/007"), text);
      assertTrue(text.contains("Ąžuolas Šimkūnas, metinis: 4"), text);
      assertTrue(text.contains("SUDERINTA — Rimantas Žukauskas, 2031-06-23 08:00"), text);
      assertTrue(
          text.contains("Duomenys pakeisti 2031-06-25 14:02, keitė Laima Adomaitienė"), text);
      assertTrue(text.contains("Akto būsena: įvykdytas"), text);
    }
  }

  @Test
  void theDatesAndTheIdComeFromTheActSoTheSameActGivesTheSameBytes() throws Exception {
    byte[] pdf = CorrectionActPdf.render(applied(null));
    assertArrayEquals(pdf, CorrectionActPdf.render(applied(null)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals(utc(CREATED.withNano(0)), info.getCreationDate().getTimeInMillis());
      assertEquals(utc(APPLIED), info.getModificationDate().getTimeInMillis(), "its last change");
      assertEquals(
          "Aktas dėl leidimo keisti duomenis elektroniniame dienyne Nr. 2030-2031/007",
          info.getTitle());
      XMPMetadata xmp =
          new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
      Calendar created = xmp.getXMPBasicSchema().getCreateDate();
      assertEquals(utc(CREATED.withNano(0)), created.getTimeInMillis());
      assertEquals(utc(APPLIED), xmp.getXMPBasicSchema().getModifyDate().getTimeInMillis());
      assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
    }

    LocalDateTime archived = LocalDateTime.of(2031, 8, 30, 12, 0);
    byte[] later = CorrectionActPdf.render(applied(archived));
    assertPdfA2b(later);
    assertFalse(Arrays.equals(pdf, later), "a later change is a different file");
    try (PDDocument first = Loader.loadPDF(pdf);
        PDDocument second = Loader.loadPDF(later)) {
      assertEquals(
          utc(archived), second.getDocumentInformation().getModificationDate().getTimeInMillis());
      assertFalse(Arrays.equals(id(first), id(second)), "and has its own document ID");
      assertTrue(new PDFTextStripper().getText(second).contains("Akto būsena: archyvuotas"));
    }
  }

  @Test
  void aDraftWithoutDecisionsIsArchivalToo() throws Exception {
    CorrectionView draft =
        new CorrectionView(
            42,
            "2030-2031/008",
            "2030–2031",
            CorrectionStatus.DRAFT,
            5,
            "Kęstutis Baranauskas",
            "",
            "5b",
            "Matematika",
            LocalDate.of(2031, 3, 3),
            "Įrašas ne tam mokiniui",
            "Suklysta eilute",
            CREATED,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(
                new CorrectionView.Line(
                    CorrectionKind.MARK, 101, "Ėglė Čiurlytė", "2031-03-03, 2 pamoka", "—", "8")));
    byte[] pdf = CorrectionActPdf.render(draft);
    assertPdfA2b(pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Akto būsena: rengiamas"), text);
      assertFalse(text.contains("Duomenys pakeisti"), text);
      assertEquals(
          utc(CREATED.withNano(0)),
          document.getDocumentInformation().getModificationDate().getTimeInMillis());
    }
  }

  private static long utc(LocalDateTime at) {
    return at.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static byte[] id(PDDocument document) {
    COSArray ids = document.getDocument().getTrailer().getCOSArray(COSName.ID);
    return ((org.apache.pdfbox.cos.COSString) ids.getObject(0)).getBytes();
  }
}
