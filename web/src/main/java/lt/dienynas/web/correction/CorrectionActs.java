package lt.dienynas.web.correction;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.correction.CorrectionFilter;
import lt.dienynas.correction.CorrectionService;
import lt.dienynas.correction.CorrectionStatus;
import lt.dienynas.correction.CorrectionSummary;

/**
 * The review list of correction acts with filters (status, class, teacher, month): the deputy and
 * the DB admin see every act, a teacher the ones they wrote.
 */
@Named
@ViewScoped
public class CorrectionActs implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private CorrectionService corrections;

  private CorrectionStatus status;
  private Long schoolClass;
  private Long teacher;
  private YearMonth month;
  private List<CorrectionSummary> acts = List.of();

  public void load() {
    acts = corrections.list(new CorrectionFilter(status, schoolClass, teacher, month));
  }

  public CorrectionStatus[] getStatuses() {
    return CorrectionStatus.values();
  }

  public List<CorrectionSummary> getActs() {
    return acts;
  }

  public CorrectionStatus getStatus() {
    return status;
  }

  public void setStatus(CorrectionStatus status) {
    this.status = status;
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public Long getTeacher() {
    return teacher;
  }

  public void setTeacher(Long teacher) {
    this.teacher = teacher;
  }

  public YearMonth getMonth() {
    return month;
  }

  public void setMonth(YearMonth month) {
    this.month = month;
  }
}
