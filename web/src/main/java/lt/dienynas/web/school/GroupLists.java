package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMembershipService;
import lt.dienynas.school.GroupMembershipService.GroupView;

/**
 * Grupių sąrašai: the groups of the current school year the person manages (all for the DB admin:
 * subject, home-schooling, non-formal, VDM ...; their own for a teacher), by kind.
 */
@Named
@ViewScoped
public class GroupLists implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private GroupMembershipService memberships;

  private GroupKind kind;
  private List<GroupView> rows;

  public void load() {
    rows = memberships.groups(kind);
  }

  public List<GroupKind> getKinds() {
    return List.of(GroupKind.values());
  }

  public GroupKind getKind() {
    return kind;
  }

  public void setKind(GroupKind kind) {
    this.kind = kind;
  }

  public List<GroupView> getRows() {
    return rows;
  }
}
