package lt.dienynas.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.stream.Collectors;
import lt.dienynas.survey.QuestionResult;
import lt.dienynas.survey.SurveyResults;
import lt.dienynas.survey.SurveyService;
import lt.dienynas.web.shell.LocaleSwitcher;
import org.omnifaces.util.Faces;

/** A survey's results: counts as bar charts (PrimeFaces, Chart.js), texts, and a CSV export. */
@Named("surveyResults")
@ViewScoped
public class SurveyResultsView implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;
  @Inject private LocaleSwitcher locale;

  private long id;
  private SurveyResults results;

  public void load() {
    results = surveys.results(id);
  }

  /** The Chart.js configuration of a question's bar chart, as {@code p:chart} takes it. */
  public String chart(QuestionResult question) {
    String labels =
        question.counts().stream().map(c -> json(c.label())).collect(Collectors.joining(","));
    String data =
        question.counts().stream()
            .map(c -> String.valueOf(c.count()))
            .collect(Collectors.joining(","));
    return "{\"type\":\"bar\",\"data\":{\"labels\":["
        + labels
        + "],\"datasets\":[{\"label\":"
        + json(question.text())
        + ",\"backgroundColor\":\"#42A5F5\",\"data\":["
        + data
        + "]}]},\"options\":{\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
  }

  public void downloadCsv() throws IOException {
    Faces.sendFile(surveys.resultsCsv(id, locale.getLocale()), "apklausa-" + id + ".csv", true);
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public SurveyResults getResults() {
    return results;
  }
}
