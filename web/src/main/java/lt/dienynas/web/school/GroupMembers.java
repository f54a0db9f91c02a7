package lt.dienynas.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMembershipService;
import lt.dienynas.school.GroupMembershipService.Candidate;
import lt.dienynas.school.GroupMembershipService.GroupView;
import lt.dienynas.school.GroupMembershipService.MemberView;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.PageMessages;

/**
 * Grupės sąrašas: a group's members with their dates; the DB admin and the group's subject teacher
 * add students, end a membership, move a student to another group from a date, or open a
 * home-schooling group for one. Every rule is {@link GroupMembershipService}'s.
 */
@Named
@ViewScoped
public class GroupMembers implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private GroupMembershipService memberships;

  @Inject private SchoolClock clock;

  private Long group;
  private GroupView view;
  private boolean manager;
  private boolean studentData;
  private List<MemberView> rows;
  private List<GroupView> targets = List.of();

  private String query;
  private List<Candidate> candidates = List.of();
  private LocalDate from;
  private LocalDate to;

  private Long selected;
  private LocalDate date;
  private Long targetGroup;
  private String homeName;

  public void load() {
    view = memberships.group(group == null ? 0 : group);
    rows = memberships.members(view.id());
    manager = memberships.mayManage(view.id());
    studentData = memberships.mayEditStudentData(view.id());
    if (manager) {
      targets = memberships.moveTargets(view.id());
    }
    if (from == null) {
      from = clock.today();
    }
  }

  public void search() {
    candidates = memberships.candidates(view.id(), query);
  }

  public void add(long studentId) {
    memberships.add(view.id(), studentId, from, to);
    candidates = List.of();
    PageMessages.info("groups.added");
    rows = memberships.members(view.id());
  }

  public void select(MemberView member) {
    selected = member.id();
    date = clock.today();
    homeName = null;
  }

  public void end() {
    MemberView member = selectedMember();
    memberships.end(member.id(), member.version(), date);
    selected = null;
    PageMessages.info("groups.ended");
    rows = memberships.members(view.id());
  }

  public void move() {
    MemberView member = selectedMember();
    memberships.move(member.id(), member.version(), targetGroup == null ? 0 : targetGroup, date);
    selected = null;
    PageMessages.info("groups.moved");
    rows = memberships.members(view.id());
  }

  public String homeSchooling() {
    MemberView member = selectedMember();
    long created =
        memberships.createHomeSchoolingGroup(member.studentId(), subjectId(), homeName, date);
    PageMessages.infoAfterRedirect("groups.homeCreated");
    return "/groups/members.xhtml?faces-redirect=true&group=" + created;
  }

  private long subjectId() {
    return view.subjectId() == null ? 0 : view.subjectId();
  }

  private MemberView selectedMember() {
    return rows.stream().filter(m -> m.id() == selected).findFirst().orElseThrow();
  }

  public boolean isHomeSchoolingPossible() {
    return view.subjectId() != null && view.kind() == GroupKind.SUBJECT;
  }

  public LocalDate getToday() {
    return clock.today();
  }

  public Long getGroup() {
    return group;
  }

  public void setGroup(Long group) {
    this.group = group;
  }

  public GroupView getView() {
    return view;
  }

  /** The names link to the students' data and guardians page. */
  public boolean isStudentData() {
    return studentData;
  }

  public boolean isManager() {
    return manager;
  }

  public List<MemberView> getRows() {
    return rows;
  }

  public List<GroupView> getTargets() {
    return targets;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getSelected() {
    return selected;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Long getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(Long targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getHomeName() {
    return homeName;
  }

  public void setHomeName(String homeName) {
    this.homeName = homeName;
  }
}
