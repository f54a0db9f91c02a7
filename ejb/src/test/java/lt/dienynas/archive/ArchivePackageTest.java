package lt.dienynas.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import lt.dienynas.history.ChainHead;
import org.junit.jupiter.api.Test;

class ArchivePackageTest {

  private static ArchivePackage sample() {
    return new ArchivePackage("2026–2027 m. m. archyvas")
        .add("suvestines/5a.pdf", "PDF 5a".getBytes(StandardCharsets.UTF_8))
        .add("suvestines/5a.csv", "mokinys;matematika\nŽemyna;9\n".getBytes(StandardCharsets.UTF_8))
        .add("aktai/2027-001.pdf", "aktas".getBytes(StandardCharsets.UTF_8))
        .add("README.txt", "Archyvo paketas".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameFilesGiveTheSameBytesWhateverTheOrderTheyWereAddedIn() throws IOException {
    ArchivePackage reversed =
        new ArchivePackage("2026–2027 m. m. archyvas")
            .add("README.txt", "Archyvo paketas".getBytes(StandardCharsets.UTF_8))
            .add("aktai/2027-001.pdf", "aktas".getBytes(StandardCharsets.UTF_8))
            .add(
                "suvestines/5a.csv",
                "mokinys;matematika\nŽemyna;9\n".getBytes(StandardCharsets.UTF_8))
            .add("suvestines/5a.pdf", "PDF 5a".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(sample().toBytes(), reversed.toBytes());
  }

  @Test
  void anUntouchedPackageVerifies() throws IOException {
    PackageVerifier.Result result = PackageVerifier.verify(sample().toBytes());
    assertTrue(result.intact(), result.problems().toString());
    assertEquals(4, result.filesChecked());
  }

  @Test
  void theManifestRecordsTheHistoryChainHeadAndTheVerifierReadsItBack() throws IOException {
    ChainHead head = new ChainHead(4711L, "ab".repeat(32));
    byte[] zip = sample().historyHead(head).toBytes();
    String manifest;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry first = in.getNextEntry();
      assertEquals(ArchivePackage.MANIFEST, first.getName());
      manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(manifest.contains("\"algorithm\": \"HMAC-SHA256\""), manifest);
    assertTrue(manifest.contains("\"lastEntryId\": 4711"), manifest);
    PackageVerifier.Result result = PackageVerifier.verify(zip);
    assertTrue(result.intact(), result.problems().toString());
    assertEquals(head, result.historyHead());
    assertEquals(null, PackageVerifier.verify(sample().toBytes()).historyHead(), "none recorded");
  }

  @Test
  void aChangedByteInAnyFileIsFoundAndTheFileNamed() throws IOException {
    for (String path :
        List.of("suvestines/5a.pdf", "suvestines/5a.csv", "aktai/2027-001.pdf", "README.txt")) {
      byte[] tampered = rewrite(sample().toBytes(), path);
      PackageVerifier.Result result = PackageVerifier.verify(tampered);
      assertFalse(result.intact(), path);
      assertEquals(List.of(path), result.badFiles(), result.problems().toString());
    }
  }

  @Test
  void aMissingOrAddedFileOrAnEditedManifestIsFound() throws IOException {
    byte[] zip = sample().toBytes();
    assertEquals(
        List.of("aktai/2027-001.pdf"),
        PackageVerifier.verify(without(zip, "aktai/2027-001.pdf")).badFiles());
    byte[] edited = rewriteManifestHash(zip);
    assertTrue(PackageVerifier.verify(edited).badFiles().contains(ArchivePackage.MANIFEST));
  }

  @Test
  void pathsMustStayInsideThePackage() {
    ArchivePackage p = new ArchivePackage("x");
    assertThrows(IllegalArgumentException.class, () -> p.add("../etc/passwd", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> p.add("/abs", new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> p.add(ArchivePackage.MANIFEST, new byte[0]));
  }

  /** The same ZIP with one byte of one file flipped. */
  private static byte[] rewrite(byte[] zip, String path) throws IOException {
    return copy(
        zip,
        path,
        content -> {
          byte[] changed = content.clone();
          changed[0] ^= 1;
          return changed;
        });
  }

  private static byte[] without(byte[] zip, String path) throws IOException {
    return copy(zip, path, content -> null);
  }

  /** The manifest with one recorded hash changed (its first hex digit). */
  private static byte[] rewriteManifestHash(byte[] zip) throws IOException {
    return copy(
        zip,
        ArchivePackage.MANIFEST,
        content -> {
          String text = new String(content, StandardCharsets.UTF_8);
          int at = text.indexOf("\"sha256\": \"") + 11;
          char c = text.charAt(at) == 'a' ? 'b' : 'a';
          return (text.substring(0, at) + c + text.substring(at + 1))
              .getBytes(StandardCharsets.UTF_8);
        });
  }

  private static byte[] copy(
      byte[] zip, String path, java.util.function.UnaryOperator<byte[]> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(path)) {
          content = change.apply(content);
        }
        if (content != null) {
          copy.putNextEntry(new ZipEntry(e.getName()));
          copy.write(content);
          copy.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }
}
