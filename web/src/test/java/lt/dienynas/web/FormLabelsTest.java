package lt.dienynas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form control of every page has an accessible name (WCAG 2.1 AA: 1.3.1, 3.3.2, 4.1.2): a
 * label pointing at it, a label around it, an {@code aria-label} / {@code aria-labelledby}, a title
 * or a checkbox's own item label. A placeholder is not a name: it disappears while one types.
 *
 * <p>PrimeFaces widgets whose focusable input is not the component's own element (the date picker's
 * {@code id_input}, the menus' {@code id_focus} / {@code id_label}, …) are reached only by {@code
 * p:outputLabel}, which resolves that inner input; {@code h:outputLabel} writes the wrapper's id
 * and names nothing. The two menus ({@code p:selectOneMenu}, {@code p:selectCheckboxMenu}) also
 * take a passthrough {@code aria-label} and their {@code title} on the wrapper only, so for them
 * only a {@code p:outputLabel} counts.
 */
class FormLabelsTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  private static final Set<String> HTML_NAMESPACES =
      Set.of("jakarta.faces.html", "http://xmlns.jcp.org/jsf/html", "http://java.sun.com/jsf/html");
  private static final Set<String> PRIMEFACES_NAMESPACES =
      Set.of("primefaces", "http://primefaces.org/ui");
  private static final Set<String> PASSTHROUGH_NAMESPACES =
      Set.of(
          "jakarta.faces.passthrough",
          "http://xmlns.jcp.org/jsf/passthrough",
          "http://java.sun.com/jsf/passthrough");

  /** The components that take input from the user and need a name of their own. */
  private static final Set<String> CONTROLS =
      Set.of(
          "inputText",
          "inputTextarea",
          "inputSecret",
          "inputFile",
          "password",
          "selectOneMenu",
          "selectManyMenu",
          "selectOneListbox",
          "selectBooleanCheckbox",
          "selectCheckboxMenu",
          "datePicker",
          "inputNumber",
          "autoComplete",
          "inputMask",
          "spinner",
          "chips",
          "toggleSwitch");

  /** PrimeFaces widgets whose focusable input has an id of its own (id_input, id_focus, …). */
  private static final Set<String> INNER_INPUT =
      Set.of(
          "datePicker",
          "inputNumber",
          "selectOneMenu",
          "selectCheckboxMenu",
          "autoComplete",
          "spinner",
          "chips",
          "toggleSwitch",
          "selectBooleanCheckbox",
          "selectOneListbox",
          "selectManyMenu");

  /** PrimeFaces menus that render passthrough attributes and the title on their wrapper only. */
  private static final Set<String> WRAPPED_MENUS = Set.of("selectOneMenu", "selectCheckboxMenu");

  /** PrimeFaces components that declare {@code ariaLabel} and render it on their input. */
  private static final Set<String> ARIA_LABEL_ATTRIBUTE =
      Set.of("selectBooleanCheckbox", "toggleSwitch");

  private static final Set<String> PLAIN_CONTROLS = Set.of("input", "select", "textarea");
  private static final Set<String> UNNAMED_INPUT_TYPES =
      Set.of("hidden", "submit", "button", "reset", "image");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)([A-Za-z_][\\w.-]*(?::[\\w.-]+)?)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>",
          Pattern.DOTALL);
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z_][\\w:.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  @Test
  void everyFormControlOfEveryPageHasAnAccessibleName() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
    assertFalse(pages.isEmpty(), "no pages under " + PAGES.toAbsolutePath());
    for (Path page : pages) {
      String name = PAGES.relativize(page).toString().replace('\\', '/');
      problems.addAll(problems(name, Files.readString(page, StandardCharsets.UTF_8)));
    }
    assertTrue(
        problems.isEmpty(),
        problems.size()
            + " form controls without an accessible name:\n"
            + String.join("\n", problems));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<h:outputLabel for=\"name\" value=\"x\"/><h:inputText id=\"name\"/>",
        "<p:outputLabel for=\"when\" value=\"x\"/><p:datePicker id=\"when\"/>",
        "<p:outputLabel for=\"kind\" value=\"x\"/><p:selectOneMenu id=\"kind\"/>",
        "<h:outputLabel for=\"f:name\" value=\"x\"/><h:inputText id=\"name\"/>",
        "<label>x <h:inputText id=\"name\"/></label>",
        "<h:outputLabel>x <h:selectOneMenu id=\"kind\"/></h:outputLabel>",
        "<h:inputText id=\"name\" pt:aria-label=\"x\"/>",
        "<p:inputText id=\"name\" a:aria-labelledby=\"heading\"/>",
        "<p:datePicker id=\"when\" pt:aria-label=\"x\"/>",
        "<h:selectOneMenu id=\"kind\" title=\"x\"/>",
        "<p:selectBooleanCheckbox id=\"yes\" itemLabel=\"x\"/>",
        "<p:selectBooleanCheckbox id=\"yes\" ariaLabel=\"x\"/>",
        "<h:inputHidden id=\"secret\"/><h:selectOneRadio id=\"choice\"/>",
        "<label for=\"q\">x</label><input id=\"q\" name=\"q\"/><input type=\"hidden\" name=\"h\"/>",
        "<!-- <h:inputText id=\"gone\"/> --><h:inputText id=\"name\" title=\"x\"/>"
      })
  void aNamedControlPasses(String body) {
    assertEquals(List.of(), problems("t.xhtml", page(body)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<h:inputText id=\"name\"/>",
        "<p:inputText id=\"name\" placeholder=\"x\"/>",
        "<h:inputText id=\"name\" pt:placeholder=\"x\"/>",
        "<h:outputLabel for=\"other\" value=\"x\"/><h:inputText id=\"name\"/>",
        "<h:outputLabel for=\"when\" value=\"x\"/><p:datePicker id=\"when\"/>",
        "<h:outputLabel for=\"kind\" value=\"x\"/><p:selectOneMenu id=\"kind\"/>",
        "<p:selectOneMenu id=\"kind\" pt:aria-label=\"x\"/>",
        "<p:selectCheckboxMenu id=\"roles\" title=\"x\"/>",
        "<h:inputText id=\"name\" aria-label=\"x\"/>",
        "<p:inputText id=\"name\" ariaLabel=\"x\"/>",
        "<h:inputText id=\"name\" pt:aria-label=\"\"/>",
        "<h:selectBooleanCheckbox id=\"yes\" itemLabel=\"x\"/>",
        "<label for=\"q\">x</label><input id=\"other\" name=\"q\"/>",
        "<label>x</label><h:inputTextarea id=\"text\"/>"
      })
  void anUnnamedControlFails(String body) {
    List<String> problems = problems("t.xhtml", page(body));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("t.xhtml:"), problems.get(0));
  }

  @Test
  void aLabelNamesTheControlOfItsOwnFormWhenTwoFormsShareAnId() {
    String body =
        "<h:form id=\"a\"><h:outputLabel for=\"name\" value=\"x\"/><h:inputText id=\"name\"/></h:form>"
            + "<h:form id=\"b\"><h:inputText id=\"name\"/></h:form>";

    List<String> problems = problems("t.xhtml", page(body));

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("t.xhtml:1 <h:inputText id=\"name\">"), problems.get(0));
  }

  private static String page(String body) {
    return "<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\""
        + " xmlns:p=\"primefaces\" xmlns:pt=\"jakarta.faces.passthrough\" xmlns:ui=\"jakarta.faces.facelets\">"
        + body
        + "<span xmlns:a=\"jakarta.faces.passthrough\"/></ui:composition>";
  }

  /** The problems of one page, each naming the page, the line and the control. */
  static List<String> problems(String pageName, String source) {
    String text = blankComments(source);
    Map<String, String> namespaces = new HashMap<>();
    List<Element> elements = new ArrayList<>();
    Matcher tags = TAG.matcher(text);
    while (tags.find()) {
      Element element =
          new Element(
              tags.group(1).equals("/"),
              tags.group(3).endsWith("/"),
              tags.group(2),
              attributes(tags.group(3)),
              1 + (int) text.substring(0, tags.start()).chars().filter(c -> c == '\n').count());
      element.attributes.forEach(
          (name, value) -> {
            if (name.startsWith("xmlns:")) {
              namespaces.put(name.substring("xmlns:".length()), value);
            }
          });
      elements.add(element);
    }

    List<Control> controls = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int forms = 0;
    for (Element element : elements) {
      if (element.closing) {
        Open closed;
        do {
          closed = open.poll();
        } while (closed != null && !closed.name.equals(element.name));
        continue;
      }
      Library library = library(element.name, namespaces);
      String local =
          element.name.contains(":")
              ? element.name.substring(element.name.indexOf(':') + 1)
              : element.name;
      Open parent = open.peek();
      int form = parent == null ? 0 : parent.form;
      boolean ownIds = parent == null || parent.ownIds;
      if (library == Library.HTML && local.equals("form")) {
        form = ++forms;
        ownIds = "false".equals(element.attributes.get("prependId"));
      }
      boolean insideLabel = open.stream().anyMatch(o -> o.label);
      boolean isLabel =
          (library == Library.PLAIN && local.equals("label"))
              || ((library == Library.HTML || library == Library.PRIMEFACES)
                  && local.equals("outputLabel"));
      if (isLabel && element.attributes.containsKey("for")) {
        String target = element.attributes.get("for");
        labels.add(new Label(library, target.substring(target.lastIndexOf(':') + 1), form));
      }
      if (isControl(library, local, element.attributes)) {
        controls.add(new Control(library, local, element, form, ownIds, insideLabel, namespaces));
      }
      if (!element.selfClosing) {
        open.push(new Open(element.name, form, ownIds, isLabel));
      }
    }

    List<String> problems = new ArrayList<>();
    for (Control control : controls) {
      List<Label> pointing = labels.stream().filter(l -> pointsAt(l, control, controls)).toList();
      boolean labelled =
          pointing.stream().anyMatch(l -> l.library == Library.PRIMEFACES || !control.innerInput());
      if (!labelled && !control.insideLabel && !control.namedByAttribute()) {
        problems.add(
            pageName
                + ":"
                + control.element.line
                + " "
                + control.describe()
                + (pointing.isEmpty()
                    ? " has no label, aria-label or title"
                        + (control.hasPlaceholder() ? " (a placeholder is not a label)" : "")
                    : " is labelled by an h:outputLabel / label that points at its wrapper:"
                        + " it needs p:outputLabel (its input is "
                        + control.element.attributes.get("id")
                        + "_…)"));
      }
    }
    return problems;
  }

  private static boolean pointsAt(Label label, Control control, List<Control> controls) {
    String id = control.element.attributes.get("id");
    if (id == null || !id.equals(label.target)) {
      return false;
    }
    if (label.library == Library.PLAIN) {
      return control.ownId;
    }
    if (label.form == control.form) {
      return true;
    }
    // Faces looks in the label's own naming container first, then anywhere in the view.
    return controls.stream()
        .noneMatch(
            c -> c.form == label.form && label.target.equals(c.element.attributes.get("id")));
  }

  private static boolean isControl(Library library, String local, Map<String, String> attributes) {
    return switch (library) {
      case HTML, PRIMEFACES -> CONTROLS.contains(local);
      case PLAIN ->
          PLAIN_CONTROLS.contains(local)
              && !UNNAMED_INPUT_TYPES.contains(attributes.getOrDefault("type", "text"));
      case OTHER -> false;
    };
  }

  private static Library library(String name, Map<String, String> namespaces) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return Library.PLAIN;
    }
    String namespace = namespaces.getOrDefault(name.substring(0, colon), "");
    if (HTML_NAMESPACES.contains(namespace)) {
      return Library.HTML;
    }
    return PRIMEFACES_NAMESPACES.contains(namespace) ? Library.PRIMEFACES : Library.OTHER;
  }

  private static Map<String, String> attributes(String source) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher matcher = ATTRIBUTE.matcher(source);
    while (matcher.find()) {
      attributes.put(
          matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    return attributes;
  }

  /** Comments out of the way, their lines kept so that the reported line numbers stay right. */
  private static String blankComments(String source) {
    Matcher matcher = COMMENT.matcher(source);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(matcher.group().replaceAll("[^\n]", " ")));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private enum Library {
    PLAIN,
    HTML,
    PRIMEFACES,
    OTHER
  }

  private record Element(
      boolean closing,
      boolean selfClosing,
      String name,
      Map<String, String> attributes,
      int line) {}

  private record Open(String name, int form, boolean ownIds, boolean label) {}

  private record Label(Library library, String target, int form) {}

  private record Control(
      Library library,
      String kind,
      Element element,
      int form,
      boolean ownId,
      boolean insideLabel,
      Map<String, String> namespaces) {

    boolean innerInput() {
      return library == Library.PRIMEFACES && INNER_INPUT.contains(kind);
    }

    boolean namedByAttribute() {
      Map<String, String> attributes = element.attributes;
      if (library == Library.PRIMEFACES && WRAPPED_MENUS.contains(kind)) {
        return false;
      }
      if (library == Library.PLAIN) {
        return nonBlank(attributes.get("aria-label"))
            || nonBlank(attributes.get("aria-labelledby"))
            || nonBlank(attributes.get("title"));
      }
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        String name = attribute.getKey();
        int colon = name.indexOf(':');
        if (colon > 0
            && PASSTHROUGH_NAMESPACES.contains(
                namespaces.getOrDefault(name.substring(0, colon), ""))
            && Set.of("aria-label", "aria-labelledby").contains(name.substring(colon + 1))
            && nonBlank(attribute.getValue())) {
          return true;
        }
      }
      return nonBlank(attributes.get("title"))
          || (library == Library.PRIMEFACES
              && ARIA_LABEL_ATTRIBUTE.contains(kind)
              && nonBlank(attributes.get("ariaLabel")))
          || (library == Library.PRIMEFACES
              && kind.equals("selectBooleanCheckbox")
              && nonBlank(attributes.get("itemLabel")));
    }

    boolean hasPlaceholder() {
      return element.attributes.keySet().stream()
          .anyMatch(name -> name.equals("placeholder") || name.endsWith(":placeholder"));
    }

    String describe() {
      String id = element.attributes.get("id");
      String value = element.attributes.get("value");
      return "<"
          + element.name
          + (id != null ? " id=\"" + id + "\"" : value != null ? " value=\"" + value + "\"" : "")
          + ">";
    }

    private static boolean nonBlank(String value) {
      return value != null && !value.isBlank();
    }
  }
}
