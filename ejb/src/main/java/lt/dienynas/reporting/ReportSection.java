package lt.dienynas.reporting;

import java.util.List;
import java.util.Objects;

/**
 * One titled table of a printed document (e.g. "Įvertinimai": subject × marks), supplied by the
 * feature that owns the data. An empty section prints its {@code emptyText}.
 */
public record ReportSection(
    String title, List<String> headers, List<List<String>> rows, String emptyText) {
  public ReportSection {
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    Objects.requireNonNull(emptyText, "emptyText");
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("row width " + row.size() + " != " + headers.size());
      }
    }
  }
}
