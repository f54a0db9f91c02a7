package lt.dienynas.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.support.WatchListService;
import lt.dienynas.support.WatchRow;

/**
 * Stebėsenos sąrašas (§24–§27): the logged-in specialist's supported students with their
 * attendance, lateness, marks, remarks, progress notes, risk group and early warnings over a span.
 */
@Named
@ViewScoped
public class WatchList implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private WatchListService watch;

  private LocalDate from;
  private LocalDate to;
  private List<WatchRow> rows = List.of();

  public void load() {
    rows = watch.myWatchList(from, to);
  }

  public List<WatchRow> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
