package lt.dienynas.web.classdocs;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import lt.dienynas.classdocs.ClassStudent;
import lt.dienynas.classdocs.DocumentKind;
import lt.dienynas.classdocs.NewStudentDocument;
import lt.dienynas.classdocs.StudentDocumentService;
import lt.dienynas.classdocs.StudentDocumentView;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.messaging.NewAttachment;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Dokumentai iš kitų įstaigų (§21.14): the class teacher chooses a student of their class and
 * uploads the marks received at a sanatorium, another school or in home schooling; a guardian sees
 * their child's documents. Downloads go through {@code /classdocs/document?id=…}.
 */
@Named
@ViewScoped
public class StudentDocuments implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private StudentDocumentService documents;
  @Inject private DiaryService diary;
  @Inject private SchoolClock clock;

  private Long student;
  private List<ClassStudent> students = List.of();
  private List<DiaryChild> children = List.of();
  private List<StudentDocumentView> rows = List.of();
  private DocumentKind kind = DocumentKind.SANATORIUM;
  private String institution;
  private String note;
  private transient Part file;

  public void load() {
    if (isClassTeacher()) {
      students = documents.myStudents();
      if (student == null && !students.isEmpty()) {
        student = students.get(0).studentId();
      }
    } else if (isGuardian()) {
      children = diary.children(clock.today());
      if (student == null && !children.isEmpty()) {
        student = children.get(0).studentId();
      }
    }
    rows = student == null ? List.of() : documents.ofStudent(student);
  }

  public void upload() {
    documents.upload(new NewStudentDocument(student, kind, institution, note, attachment(file)));
    institution = null;
    note = null;
    rows = documents.ofStudent(student);
    PageMessages.info("classdocs.document.uploaded");
  }

  /** The uploaded file; none when no file was chosen (the service asks for one). */
  private static NewAttachment attachment(Part part) {
    if (part == null
        || part.getSize() == 0
        || part.getSubmittedFileName() == null
        || part.getSubmittedFileName().isBlank()) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new NewAttachment(part.getSubmittedFileName(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isClassTeacher() {
    return inRole(Role.Names.CLASS_TEACHER);
  }

  public boolean isGuardian() {
    return inRole(Role.Names.GUARDIAN);
  }

  private static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  public DocumentKind[] getKinds() {
    return DocumentKind.values();
  }

  public Long getStudent() {
    return student;
  }

  public void setStudent(Long student) {
    this.student = student;
  }

  public List<ClassStudent> getStudents() {
    return students;
  }

  public List<DiaryChild> getChildren() {
    return children;
  }

  public List<StudentDocumentView> getRows() {
    return rows;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
