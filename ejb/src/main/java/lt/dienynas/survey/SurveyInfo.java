package lt.dienynas.survey;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A survey in a list, with how many were asked and have answered. */
public record SurveyInfo(
    long id,
    String title,
    boolean anonymous,
    SurveyStatus status,
    LocalDateTime createdAt,
    long invited,
    long answered)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
