package lt.dienynas.school;

import java.time.LocalDate;
import java.util.Objects;

/** Valstybinė šventė / poilsio diena, with its Lithuanian name. */
public record PublicHoliday(LocalDate date, String name) {
  public PublicHoliday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }
}
