package lt.dienynas.classwork;

/** What the class teacher did with the class (§21.6): the kinds of the class teacher's log. */
public enum ClassLogKind {
  /** Klasės valandėlė. */
  CLASS_HOUR,
  /** Išvyka, ekskursija. */
  TRIP,
  /** Tėvų (globėjų) susirinkimas. */
  PARENT_MEETING,
  /** Klasės renginys. */
  EVENT,
  /** Individualus pokalbis su mokiniu ar tėvais. */
  INDIVIDUAL_TALK,
  /** Kita veikla. */
  OTHER
}
