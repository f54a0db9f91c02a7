package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.preschool.MorningCheck;
import lt.dienynas.preschool.PreschoolAttendanceService;

/**
 * Neužpildyta iki 9.30 (§22.4): the deputy's list of today's pre-school groups whose attendance was
 * not entered by 9:30 — not at all, later, or marked not filled for an objective reason.
 */
@Named
@ViewScoped
public class LateGroups implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolAttendanceService attendance;

  private MorningCheck check;

  public void load() {
    check = attendance.morningCheck();
  }

  public MorningCheck getCheck() {
    return check;
  }
}
