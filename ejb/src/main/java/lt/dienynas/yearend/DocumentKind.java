package lt.dienynas.yearend;

import lt.dienynas.school.PeriodKind;

/** The documents of a class's year end and their file names (inside the archive package too). */
public enum DocumentKind {
  SUMMARY_PDF("suvestine.pdf", "application/pdf", null),
  SUMMARY_CSV("suvestine.csv", "text/csv; charset=UTF-8", null),
  REPORT_FIRST_SEMESTER("I_pusmecio_ataskaita.pdf", "application/pdf", PeriodKind.FIRST_SEMESTER),
  REPORT_SECOND_SEMESTER(
      "II_pusmecio_ataskaita.pdf", "application/pdf", PeriodKind.SECOND_SEMESTER),
  REPORT_ANNUAL("metine_ataskaita.pdf", "application/pdf", PeriodKind.ANNUAL);

  private final String fileName;
  private final String mediaType;
  private final PeriodKind period;

  DocumentKind(String fileName, String mediaType, PeriodKind period) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.period = period;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The period of a period report; null for the summary and its data file. */
  public PeriodKind period() {
    return period;
  }
}
