package lt.dienynas.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentBuilderTest {

  @Test
  void lithuanianTextIsExtractableExactlyAndLongTablesFlowOntoNewPages() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      rows.add(List.of("Žąsų ūkis " + i, "Čiurlionytė-Ąžuolė", "ėęįšųūž"));
    }
    byte[] pdf =
        new PdfDocumentBuilder("Bandymas", "Progimnazija")
            .title("MOKINIO PASIEKIMŲ PAŽYMA")
            .field("Vardas, pavardė", "Žemyna Ūla Čiurlionytė-Ąžuolė")
            .section(new ReportSection("Lentelė", List.of("A", "B", "C"), rows, "nėra"))
            .section(new ReportSection("Tuščia", List.of("A"), List.of(), "Įrašų „nėra“."))
            .signatureLine("Direktorius", "(parašas)")
            .toBytes();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 1);
      assertEquals("Bandymas", document.getDocumentInformation().getTitle());
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("MOKINIO PASIEKIMŲ PAŽYMA"), text);
      assertTrue(text.contains("Žemyna Ūla Čiurlionytė-Ąžuolė"), text);
      assertTrue(text.contains("Žąsų ūkis 80"), text);
      assertTrue(text.contains("Įrašų „nėra“."), text);
    }
  }
}
