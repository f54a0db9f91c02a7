package lt.dienynas.classdocs;

import jakarta.validation.constraints.NotNull;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.messaging.NewAttachment;
import lt.dienynas.shared.PlainText;

/** A student's document from another institution, as the class teacher uploads it. */
public record NewStudentDocument(
    long studentId,
    @NotNull(message = "classdocs.document.kind") DocumentKind kind,
    @PlainText String institution,
    @PlainText String note,
    @NotNull(message = "classdocs.document.file") NewAttachment file)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
