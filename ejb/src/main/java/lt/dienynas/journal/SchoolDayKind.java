package lt.dienynas.journal;

/** What a marked school day is (§23.3, §23.15). */
public enum SchoolDayKind {
  /** Pamokos nevyko: the day's lessons did not take place (a reason is named). */
  NOT_HELD,
  /** Nuotolinis ugdymas: the day's lessons were given remotely. */
  REMOTE
}
