package lt.dienynas.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Test deployments of the ejb module: the module exactly as built (its classes, persistence unit
 * and migrations) plus its runtime libraries, inside a WAR that Arquillian enriches.
 */
public final class Deployments {
  private Deployments() {}

  /** The ejb module's folder, from its own tests or from a sibling module's. */
  private static final File EJB_MODULE =
      new File("src/main/java/lt/dienynas/shared").isDirectory()
          ? new File(".")
          : new File("../ejb");

  public static WebArchive ejbModule(String name) {
    JavaArchive module =
        ShrinkWrap.create(JavaArchive.class, "dienynas-ejb.jar")
            .as(ExplodedImporter.class)
            .importDirectory(new File(EJB_MODULE, "target/classes"))
            .as(JavaArchive.class);
    return ShrinkWrap.create(WebArchive.class, name + ".war")
        .addAsLibrary(module)
        .addAsLibraries(
            Maven.resolver()
                .loadPomFromFile(new File(EJB_MODULE, "pom.xml"))
                .resolve(
                    "org.flywaydb:flyway-core",
                    "org.flywaydb:flyway-mysql",
                    "org.mindrot:jbcrypt",
                    "org.apache.pdfbox:pdfbox",
                    "org.apache.pdfbox:xmpbox")
                .withTransitivity()
                .asFile())
        .addPackage(Deployments.class.getPackage())
        .addPackage("lt.dienynas.demo")
        // AsPerson authenticates against the server's security domain
        .setManifest(
            new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"))
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /**
   * The ejb module with GreenMail, so that a test can start a real SMTP server inside the server
   * under test (on the port its mail session sends to, {@code -Ddienynas.mail.port}).
   */
  public static WebArchive ejbModuleWithSmtpServer(String name) {
    return ejbModule(name)
        .addAsLibraries(
            Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("com.icegreen:greenmail")
                .withoutTransitivity()
                .asFile())
        // GreenMail uses the server's Jakarta Mail implementation (Angus)
        .setManifest(
            new StringAsset(
                "Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron,"
                    + " org.eclipse.angus.mail\n"));
  }

  /**
   * A library jar with the test-only {@link lt.dienynas.testing.jobs.ClassFaults}, for an EAR under
   * test whose year-end runs a test breaks or holds.
   */
  public static JavaArchive classFaults() {
    return ShrinkWrap.create(JavaArchive.class, "test-class-faults.jar")
        .addClass(lt.dienynas.testing.jobs.ClassFaults.class)
        .addAsManifestResource(
            new StringAsset(
                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
                    + " bean-discovery-mode=\"annotated\"/>"),
            "beans.xml");
  }
}
