package lt.dienynas.web.faces;

import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Pieces of a Chart.js configuration as {@code p:chart} takes it (JSON text; PrimeFaces renders it
 * with the page's CSP nonce): labels from the bundle, text escaped so that nothing in it can close
 * the script element.
 */
public final class ChartJson {
  private ChartJson() {}

  /** A bar dataset; {@code values} are JSON numbers. */
  public static String dataset(String labelKey, String color, List<String> values, String axis) {
    return "{\"label\":"
        + text(label(labelKey))
        + ",\"backgroundColor\":\""
        + color
        + "\",\"yAxisID\":\""
        + axis
        + "\",\"data\":["
        + String.join(",", values)
        + "]}";
  }

  /** A line dataset drawn over bars; {@code values} are JSON numbers or {@code null}. */
  public static String lineDataset(
      String labelKey, String color, List<String> values, String axis) {
    return "{\"type\":\"line\",\"label\":"
        + text(label(labelKey))
        + ",\"borderColor\":\""
        + color
        + "\",\"backgroundColor\":\""
        + color
        + "\",\"spanGaps\":true,\"yAxisID\":\""
        + axis
        + "\",\"data\":["
        + String.join(",", values)
        + "]}";
  }

  /** The bundle's text for the key in the view's language. */
  public static String label(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return ResourceBundle.getBundle("lt.dienynas.web.i18n.text", faces.getViewRoot().getLocale())
        .getString(key);
  }

  /** A JSON string. */
  public static String text(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
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
}
