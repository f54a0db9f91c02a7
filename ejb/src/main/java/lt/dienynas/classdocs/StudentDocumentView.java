package lt.dienynas.classdocs;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A student's document from another institution without its content: what the lists show. */
public record StudentDocumentView(
    long id,
    long studentId,
    String studentFirstName,
    String studentLastName,
    DocumentKind kind,
    String institution,
    String note,
    String fileName,
    String contentType,
    int sizeBytes,
    String uploadedByFirstName,
    String uploadedByLastName,
    LocalDateTime uploadedAt)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public String studentName() {
    return studentFirstName + " " + studentLastName;
  }

  public String uploadedByName() {
    return uploadedByFirstName + " " + uploadedByLastName;
  }
}
