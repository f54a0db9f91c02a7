package lt.dienynas.web.preschool;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.preschool.DayRhythmService;
import lt.dienynas.preschool.DayRhythmView;
import lt.dienynas.preschool.RhythmLine;
import lt.dienynas.web.faces.PageMessages;

/** Dienos ritmas (§22.1): the group's teacher writes the day's times and activities. */
@Named
@ViewScoped
public class DayRhythmEditor extends PreschoolPage {
  @Serial private static final long serialVersionUID = 1L;

  @EJB private DayRhythmService rhythms;

  private DayRhythmView rhythm;
  private List<Line> lines = new ArrayList<>();

  /** One editable line of the form. */
  public static class Line implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String activity;

    public LocalTime getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
      this.startsAt = startsAt;
    }

    public LocalTime getEndsAt() {
      return endsAt;
    }

    public void setEndsAt(LocalTime endsAt) {
      this.endsAt = endsAt;
    }

    public String getActivity() {
      return activity;
    }

    public void setActivity(String activity) {
      this.activity = activity;
    }
  }

  public void load() {
    if (!loadGroups()) {
      return;
    }
    show(rhythms.ofGroup(getGroup()));
  }

  private void show(DayRhythmView view) {
    rhythm = view;
    lines = new ArrayList<>();
    for (RhythmLine l : view.lines()) {
      Line line = new Line();
      line.startsAt = l.startsAt();
      line.endsAt = l.endsAt();
      line.activity = l.activity();
      lines.add(line);
    }
    if (isTeacher()) {
      lines.add(new Line());
    }
  }

  public void addLine() {
    lines.add(new Line());
  }

  public void removeLine(Line line) {
    lines.remove(line);
  }

  public void save() {
    List<RhythmLine> written =
        lines.stream()
            .filter(l -> l.startsAt != null || (l.activity != null && !l.activity.isBlank()))
            .map(l -> new RhythmLine(l.startsAt, l.endsAt, l.activity))
            .toList();
    show(
        rhythms.save(
            getGroup(),
            written,
            rhythm.version() == null ? Integer.valueOf(-1) : rhythm.version()));
    PageMessages.info("preschool.rhythm.saved");
  }

  public DayRhythmView getRhythm() {
    return rhythm;
  }

  public List<Line> getLines() {
    return lines;
  }
}
