package lt.dienynas.survey;

/** A survey is built as a draft, opened for answers, and closed. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
