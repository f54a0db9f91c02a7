package lt.dienynas.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a printed document, for tests that read what a PDF says. */
public final class PdfText {
  private PdfText() {}

  public static String of(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replace("\r", "");
    }
  }

  /** The text on one line: every run of white space as one space. */
  public static String flat(byte[] pdf) throws Exception {
    return of(pdf).replaceAll("\\s+", " ");
  }
}
