package lt.dienynas.web.classdocs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lt.dienynas.classdocs.StudentDocumentService;
import lt.dienynas.classdocs.StudentDocumentView;

/**
 * The documents from other institutions of a group's students, beside the period-grade form
 * (§23.10): read once a request, whatever the page asks.
 */
@Named
@RequestScoped
public class GroupDocuments {
  @Inject private StudentDocumentService documents;

  private Boolean allowed;
  private List<StudentDocumentView> loaded;

  /** Whether the person sees them (the subject's teacher, the class teacher, management). */
  public boolean allowed(Long group, Long subject) {
    if (group == null || subject == null) {
      return false;
    }
    if (allowed == null) {
      allowed = documents.mayReadGroup(group, subject);
    }
    return allowed;
  }

  public List<StudentDocumentView> of(Long group, Long subject) {
    if (!allowed(group, subject)) {
      return List.of();
    }
    if (loaded == null) {
      loaded = documents.ofGroup(group, subject);
    }
    return loaded;
  }
}
