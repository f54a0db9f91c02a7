package lt.dienynas.it;

import java.io.File;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** The ejb module with what the year end's PDF/A documents need besides PDFBox (XMP metadata). */
public final class YearEndDeployments {
  private YearEndDeployments() {}

  public static WebArchive ejbModule(String name) {
    File pom =
        new File("src/main/java/lt/dienynas/shared").isDirectory()
            ? new File("pom.xml")
            : new File("../ejb/pom.xml");
    return Deployments.ejbModule(name)
        .addClass(lt.dienynas.shared.BusinessAssertions.class)
        .addAsLibraries(
            Maven.resolver()
                .loadPomFromFile(pom)
                .resolve("org.apache.pdfbox:xmpbox")
                .withoutTransitivity()
                .asFile());
  }
}
