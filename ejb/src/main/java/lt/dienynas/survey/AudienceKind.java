package lt.dienynas.survey;

/** Who answers a survey. Guardians and students are chosen by grades (0: pre-primary). */
public enum AudienceKind {
  GUARDIANS,
  STUDENTS,
  TEACHERS,
  ALL_STAFF;

  public boolean byGrades() {
    return this == GUARDIANS || this == STUDENTS;
  }
}
