package lt.dienynas.messaging;

/** What an announcement (skelbimas) is about. */
public enum AnnouncementKind {
  /** Tėvų (globėjų) susirinkimas — for the guardians. */
  PARENT_MEETING(true, false),
  /** Atvirų durų diena. */
  OPEN_DAY(true, true),
  /** Klasės renginys. */
  CLASS_EVENT(true, true),
  /** Tvarkaraščio pakeitimas, with its reason (§23.13). */
  TIMETABLE_CHANGE(false, true),
  /** Ugdymosi / pažintinė (ekskursijų) diena (§23.13). */
  LEARNING_DAY(false, true);

  private final boolean classTeacherEvent;
  private final boolean reachesStudents;

  AnnouncementKind(boolean classTeacherEvent, boolean reachesStudents) {
    this.classTeacherEvent = classTeacherEvent;
    this.reachesStudents = reachesStudents;
  }

  /**
   * An event the class teacher announces ahead (§21.13, §22.8): it needs a time and place, and the
   * lead time of {@link AnnouncementRules}.
   */
  public boolean isClassTeacherEvent() {
    return classTeacherEvent;
  }

  /** Told to the class's students as well as to their guardians. */
  public boolean reachesStudents() {
    return reachesStudents;
  }
}
