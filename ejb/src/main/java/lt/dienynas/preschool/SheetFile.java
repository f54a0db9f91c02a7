package lt.dienynas.preschool;

/** The submitted sheet's PDF/A file. */
public record SheetFile(String fileName, byte[] content, String sha256) {
  public SheetFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
