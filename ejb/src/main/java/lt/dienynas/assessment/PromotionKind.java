package lt.dienynas.assessment;

/** Kėlimo sprendimas: what the teachers' council decided for a student at the year's end. */
public enum PromotionKind {
  /** Keliamas į aukštesnę klasę. */
  PROMOTED,
  /** Paliekamas kartoti kurso. */
  NOT_PROMOTED,
  /** Skiriami vasaros darbai (decided after them). */
  SUMMER_WORK,
  /** Baigė pradinio ugdymo programą. */
  COMPLETED_PRIMARY,
  /** Baigė pagrindinio ugdymo programos pirmąją dalį. */
  COMPLETED_BASIC_PART
}
