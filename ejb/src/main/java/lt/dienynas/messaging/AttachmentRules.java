package lt.dienynas.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.shared.BusinessException;

/**
 * What may be attached to a message: documents, spreadsheets, pictures and plain text of a limited
 * size. The type is decided by the file's name AND its first bytes, so a renamed program is
 * refused.
 */
public final class AttachmentRules {
  public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
  public static final int MAX_FILES = 5;
  public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private record Type(String contentType, byte[] magic) {}

  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          Map.entry("pdf", new Type("application/pdf", PDF)),
          Map.entry("png", new Type("image/png", PNG)),
          Map.entry("jpg", new Type("image/jpeg", JPEG)),
          Map.entry("jpeg", new Type("image/jpeg", JPEG)),
          Map.entry(
              "docx",
              new Type(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
          Map.entry(
              "xlsx",
              new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
          Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", ZIP)),
          Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
          Map.entry("doc", new Type("application/msword", OLE)),
          Map.entry("xls", new Type("application/vnd.ms-excel", OLE)),
          Map.entry("txt", new Type("text/plain; charset=UTF-8", null)));

  /** An accepted file: a safe name, its content type and content. */
  public record Checked(String fileName, String contentType, byte[] content) {}

  private AttachmentRules() {}

  /** The file types allowed, as extensions ("pdf, docx, …") for messages to people. */
  public static String allowedExtensions() {
    return String.join(", ", TYPES.keySet().stream().sorted().toList());
  }

  /**
   * Checks all files of one message.
   *
   * @throws BusinessException {@code attachment.tooMany}, {@code attachment.tooLargeTotal}, {@code
   *     attachment.empty}, {@code attachment.tooLarge} or {@code attachment.type}
   */
  public static List<Checked> check(List<NewAttachment> files) {
    if (files.size() > MAX_FILES) {
      throw new BusinessException("attachment.tooMany", MAX_FILES);
    }
    long total = files.stream().mapToLong(f -> f.content().length).sum();
    if (total > MAX_TOTAL_BYTES) {
      throw new BusinessException("attachment.tooLargeTotal", MAX_TOTAL_BYTES / (1024 * 1024));
    }
    return files.stream().map(AttachmentRules::check).toList();
  }

  static Checked check(NewAttachment file) {
    String name = safeName(file.fileName());
    byte[] content = file.content();
    if (content.length == 0) {
      throw new BusinessException("attachment.empty", name);
    }
    if (content.length > MAX_FILE_BYTES) {
      throw new BusinessException("attachment.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024));
    }
    int dot = name.lastIndexOf('.');
    Type type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null || !matches(type, content)) {
      throw new BusinessException("attachment.type", name, allowedExtensions());
    }
    return new Checked(name, type.contentType(), content.clone());
  }

  private static boolean matches(Type type, byte[] content) {
    if (type.magic() == null) {
      return isText(content);
    }
    return content.length >= type.magic().length
        && Arrays.equals(content, 0, type.magic().length, type.magic(), 0, type.magic().length);
  }

  /** Plain text: valid UTF-8 without control characters other than tab and line ends. */
  private static boolean isText(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The file's own name without any path a browser may send, at most 255 characters. */
  private static String safeName(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "_");
    if (name.isEmpty()) {
      name = "failas";
    }
    return name.length() <= 255 ? name : name.substring(name.length() - 255);
  }
}
