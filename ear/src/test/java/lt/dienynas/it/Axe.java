package lt.dienynas.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (from the npm registry, {@code ear/package.json}) run on the page the browser shows: the
 * WCAG 2.1 A and AA rules' serious and critical violations.
 */
public final class Axe {
  private static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");

  private Axe() {}

  /** Each serious or critical violation: the rule, its help and the first elements it names. */
  @SuppressWarnings("unchecked")
  public static List<String> seriousViolations(WebDriver driver) {
    String axe;
    try {
      axe = Files.readString(SCRIPT);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is installed by npm ci in the ear module", e);
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axe);
    return (List<String>)
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                + " 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                + " + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(' | '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
  }
}
