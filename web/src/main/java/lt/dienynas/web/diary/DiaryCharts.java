package lt.dienynas.web.diary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.diary.DiaryMark;
import lt.dienynas.diary.MonthAttendance;
import lt.dienynas.shared.JsonBuilders;

/**
 * The diary's two charts as Chart.js configurations for PrimeFaces' {@code p:chart}: the average of
 * the ten-point marks month by month, a line per subject; and the lessons of each month, attended,
 * missed with and without a justification, as stacked bars. Colours keep to contrasts that read on
 * white; the same figures are in the page's tables for screen readers.
 */
final class DiaryCharts {
  /** Eight distinguishable colours (Okabe–Ito and darker tones). */
  private static final List<String> COLOURS =
      List.of(
          "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6A3D9A", "#8C564B");

  private static final String PRESENT = "#2E7D32";
  private static final String JUSTIFIED = "#F9A825";
  private static final String UNJUSTIFIED = "#C62828";

  private DiaryCharts() {}

  /** The months from the first to the last, "yyyy-MM". */
  static List<String> months(YearMonth from, YearMonth to) {
    List<String> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m.toString());
    }
    return months;
  }

  /** A line per subject: its ten-point marks' average in each month (none: a gap). */
  static String marks(List<DiaryMark> marks, List<String> months, ResourceBundle text) {
    Map<String, Map<String, int[]>> bySubject = new TreeMap<>();
    for (DiaryMark mark : marks) {
      if (mark.mark().scale() != MarkScale.TEN_POINT) {
        continue;
      }
      int[] sum =
          bySubject
              .computeIfAbsent(mark.subjectName(), s -> new LinkedHashMap<>())
              .computeIfAbsent(YearMonth.from(mark.date()).toString(), m -> new int[2]);
      sum[0] += Integer.parseInt(mark.mark().value());
      sum[1]++;
    }
    JsonArrayBuilder datasets = JsonBuilders.array();
    int i = 0;
    for (Map.Entry<String, Map<String, int[]>> subject : bySubject.entrySet()) {
      JsonArrayBuilder data = JsonBuilders.array();
      for (String month : months) {
        int[] sum = subject.getValue().get(month);
        if (sum == null) {
          data.addNull();
        } else {
          data.add(Math.round(sum[0] * 100.0 / sum[1]) / 100.0);
        }
      }
      String colour = COLOURS.get(i++ % COLOURS.size());
      datasets.add(
          JsonBuilders.object()
              .add("label", subject.getKey())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("spanGaps", true)
              .add("tension", 0.2));
    }
    JsonObjectBuilder options =
        options()
            .add(
                "scales",
                JsonBuilders.object()
                    .add(
                        "y",
                        JsonBuilders.object()
                            .add("min", 1)
                            .add("max", 10)
                            .add("title", title(text.getString("diary.chart.average")))));
    return JsonBuilders.object()
        .add("type", "line")
        .add("data", JsonBuilders.object().add("labels", labels(months)).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  /** Stacked bars a month: attended, missed with a justification, missed without. */
  static String attendance(List<MonthAttendance> months, ResourceBundle text) {
    JsonArrayBuilder labels = JsonBuilders.array();
    JsonArrayBuilder present = JsonBuilders.array();
    JsonArrayBuilder justified = JsonBuilders.array();
    JsonArrayBuilder unjustified = JsonBuilders.array();
    for (MonthAttendance m : months) {
      labels.add(m.month());
      present.add(m.present());
      justified.add(m.absentJustified());
      unjustified.add(m.absentUnjustified());
    }
    JsonArrayBuilder datasets =
        JsonBuilders.array()
            .add(bars(text.getString("diary.chart.present"), present, PRESENT))
            .add(bars(text.getString("diary.chart.justified"), justified, JUSTIFIED))
            .add(bars(text.getString("diary.chart.unjustified"), unjustified, UNJUSTIFIED));
    JsonObjectBuilder stacked = JsonBuilders.object().add("stacked", true);
    JsonObjectBuilder options =
        options()
            .add(
                "scales",
                JsonBuilders.object()
                    .add("x", stacked)
                    .add(
                        "y",
                        JsonBuilders.object()
                            .add("stacked", true)
                            .add("beginAtZero", true)
                            .add("ticks", JsonBuilders.object().add("precision", 0))
                            .add("title", title(text.getString("diary.chart.lessons")))));
    return JsonBuilders.object()
        .add("type", "bar")
        .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder bars(String label, JsonArrayBuilder data, String colour) {
    return JsonBuilders.object()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static JsonArrayBuilder labels(List<String> months) {
    JsonArrayBuilder labels = JsonBuilders.array();
    months.forEach(labels::add);
    return labels;
  }

  private static JsonObjectBuilder title(String text) {
    return JsonBuilders.object().add("display", true).add("text", text);
  }

  /** Fills its box (the page's CSS gives the height), no animation. */
  private static JsonObjectBuilder options() {
    return JsonBuilders.object()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false);
  }
}
