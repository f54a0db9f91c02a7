package lt.dienynas.messaging;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentRulesTest {
  private static final byte[] PDF = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aDocumentWhoseBytesMatchItsNameIsAccepted() {
    AttachmentRules.Checked pdf =
        AttachmentRules.check(new NewAttachment("C:\\Mano\\ataskaita.PDF", PDF));
    assertEquals("ataskaita.PDF", pdf.fileName());
    assertEquals("application/pdf", pdf.contentType());
    AttachmentRules.Checked text =
        AttachmentRules.check(
            new NewAttachment("pastabos.txt", "Ąžuolas žalias\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("text/plain; charset=UTF-8", text.contentType());
  }

  @Test
  void aRenamedProgramOrAnUnknownTypeIsRefused() {
    assertRefused(
        "attachment.type",
        () -> AttachmentRules.check(new NewAttachment("ataskaita.pdf", new byte[] {'M', 'Z', 0})));
    assertRefused(
        "attachment.type",
        () -> AttachmentRules.check(new NewAttachment("programa.exe", new byte[] {'M', 'Z'})));
    assertRefused(
        "attachment.type", () -> AttachmentRules.check(new NewAttachment("be-plėtinio", PDF)));
    assertRefused(
        "attachment.type",
        () -> AttachmentRules.check(new NewAttachment("dvejetainis.txt", new byte[] {1, 2, 3})));
  }

  @Test
  void sizeAndCountAreLimited() {
    assertRefused(
        "attachment.empty",
        () -> AttachmentRules.check(new NewAttachment("tuscias.pdf", new byte[0])));
    byte[] big = new byte[AttachmentRules.MAX_FILE_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertRefused(
        "attachment.tooLarge", () -> AttachmentRules.check(new NewAttachment("didelis.pdf", big)));
    assertRefused(
        "attachment.tooMany",
        () ->
            AttachmentRules.check(
                Collections.nCopies(
                    AttachmentRules.MAX_FILES + 1, new NewAttachment("a.pdf", PDF))));
    byte[] four = new byte[4 * 1024 * 1024];
    System.arraycopy(PDF, 0, four, 0, PDF.length);
    NewAttachment file = new NewAttachment("a.pdf", four);
    assertRefused(
        "attachment.tooLargeTotal", () -> AttachmentRules.check(List.of(file, file, file)));
  }
}
