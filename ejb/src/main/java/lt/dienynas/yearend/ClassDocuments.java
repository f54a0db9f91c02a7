package lt.dienynas.yearend;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * A class's rendered year-end documents, between the summary job's processor and writer; {@code
 * frozen} when the summary is confirmed and the stored documents stay as they are.
 */
public record ClassDocuments(
    long yearId,
    long classId,
    String className,
    int students,
    boolean frozen,
    Map<DocumentKind, byte[]> files)
    implements Serializable {
  public ClassDocuments {
    files = files.isEmpty() ? Map.of() : new EnumMap<>(files);
  }
}
