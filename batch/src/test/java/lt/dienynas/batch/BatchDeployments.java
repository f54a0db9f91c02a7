package lt.dienynas.batch;

import java.io.File;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.jobs.ClassFaults;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The ejb module plus this batch module (its artifacts and job XMLs), as built, with the test-only
 * {@link ClassFaults} that lets a test break or hold a year-end run at a chosen class.
 */
public final class BatchDeployments {
  private BatchDeployments() {}

  public static WebArchive withJobs(String name) {
    JavaArchive jobs =
        ShrinkWrap.create(JavaArchive.class, "dienynas-batch.jar")
            .as(ExplodedImporter.class)
            .importDirectory(new File("target/classes"))
            .as(JavaArchive.class);
    return Deployments.ejbModule(name)
        .addAsLibrary(jobs)
        .addClass(BatchDeployments.class)
        .addClass(ClassFaults.class);
  }
}
