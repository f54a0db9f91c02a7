package lt.dienynas.web.journal;

import java.io.Serial;
import java.io.Serializable;

/**
 * A lesson's column header of the journal grid as the page shows it: the day, its weekday, the
 * lesson number, whether it is today's, and a tooltip with no empty parts.
 */
public final class GridColumn implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final long lessonId;
  private final int day;
  private final int weekday;
  private final int number;
  private final String styleClass;
  private final String title;
  private final boolean today;

  GridColumn(
      long lessonId,
      int day,
      int weekday,
      int number,
      String styleClass,
      String title,
      boolean today) {
    this.lessonId = lessonId;
    this.day = day;
    this.weekday = weekday;
    this.number = number;
    this.styleClass = styleClass;
    this.title = title;
    this.today = today;
  }

  public long getLessonId() {
    return lessonId;
  }

  public int getDay() {
    return day;
  }

  /** ISO day of week, 1 (Monday) to 7, for the bundle's short weekday names. */
  public int getWeekday() {
    return weekday;
  }

  public int getNumber() {
    return number;
  }

  public String getStyleClass() {
    return styleClass;
  }

  public String getTitle() {
    return title;
  }

  public boolean isToday() {
    return today;
  }
}
