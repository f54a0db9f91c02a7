package lt.dienynas.web.journal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A student's row of the journal grid as the page shows it, in JavaBean properties (which EL
 * resolves from a cache) rather than record accessors (which EL looks up on every call).
 */
public final class GridRow implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private final long studentId;
  private final String listName;
  private final String fullName;
  private final List<Cell> cells;

  GridRow(long studentId, String listName, String fullName, List<Cell> cells) {
    this.studentId = studentId;
    this.listName = listName;
    this.fullName = fullName;
    this.cells = List.copyOf(cells);
  }

  public long getStudentId() {
    return studentId;
  }

  public String getListName() {
    return listName;
  }

  public String getFullName() {
    return fullName;
  }

  public List<Cell> getCells() {
    return cells;
  }

  /** One lesson's cell: its style, whether it is the open lesson's input, what it shows. */
  public static final class Cell implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final String styleClass;
    private final boolean input;
    private final String notation;

    Cell(String styleClass, boolean input, String notation) {
      this.styleClass = styleClass;
      this.input = input;
      this.notation = notation;
    }

    public String getStyleClass() {
      return styleClass;
    }

    public boolean isInput() {
      return input;
    }

    public String getNotation() {
      return notation;
    }
  }
}
