package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import lt.dienynas.preschool.PreschoolDiaryService;
import lt.dienynas.preschool.PreschoolGroupInfo;
import lt.dienynas.security.Role;

/**
 * What the pre-school pages share: the groups the caller works with (the teacher's own, every one
 * for the management) and the group chosen among them.
 */
abstract class PreschoolPage implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private PreschoolDiaryService diary;

  private Long group;
  private List<PreschoolGroupInfo> groups = List.of();

  /** Loads the groups and picks the first one when none is chosen; false without any group. */
  boolean loadGroups() {
    groups = diary.groups();
    if (group == null && !groups.isEmpty()) {
      group = groups.get(0).groupId();
    }
    return group != null;
  }

  /** Whether the caller is a teacher of the chosen group (the page shows the write forms). */
  public boolean isTeacher() {
    return inRole(Role.Names.PRESCHOOL_TEACHER)
        && groups.stream().anyMatch(g -> g.groupId() == group);
  }

  public boolean isManagement() {
    return inRole(Role.Names.DEPUTY) || inRole(Role.Names.DIRECTOR);
  }

  PreschoolGroupInfo chosen() {
    return groups.stream().filter(g -> g.groupId() == group).findFirst().orElse(null);
  }

  static boolean inRole(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public List<PreschoolGroupInfo> getGroups() {
    return groups;
  }
}
