package lt.dienynas.reporting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks an archival PDF with veraPDF, the PDF/A validator. */
public final class PdfAssertions {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfAssertions() {}

  /** Fails, listing veraPDF's findings, unless the file is PDF/A-2b. */
  public static void assertPdfA2b(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertTrue(result.isCompliant(), () -> "PDF/A-2b: " + result.getTestAssertions());
    }
  }
}
