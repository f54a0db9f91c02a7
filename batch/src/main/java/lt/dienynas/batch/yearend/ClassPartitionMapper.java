package lt.dienynas.batch.yearend;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import lt.dienynas.yearend.JobProgressLog;
import lt.dienynas.yearend.YearEndWork;

/**
 * One partition per class of the school year, in the printed order, carrying the class id; the
 * plan's size is the job's progress total.
 */
@Named("yearEndClassMapper")
@Dependent
public class ClassPartitionMapper implements PartitionMapper {

  @Inject
  @BatchProperty(name = "yearId")
  private String yearId;

  @Inject
  @BatchProperty(name = "threads")
  private String threads;

  /** Optional: only the classes of these grades ("5-8", "3"); all classes when blank. */
  @Inject
  @BatchProperty(name = "grades")
  private String grades;

  @EJB private YearEndWork work;

  @EJB private JobProgressLog progress;

  @Inject private JobContext job;

  @Override
  public PartitionPlan mapPartitions() {
    List<Long> classes;
    if (grades == null || grades.isBlank()) {
      classes = work.classIds(Long.parseLong(yearId));
    } else {
      String[] range = grades.strip().split("-", 2);
      int from = Integer.parseInt(range[0].strip());
      classes =
          work.classIds(
              Long.parseLong(yearId),
              from,
              range.length == 1 ? from : Integer.parseInt(range[1].strip()));
    }
    progress.planned(job.getInstanceId(), classes.size());
    Properties[] partitions = new Properties[classes.size()];
    for (int i = 0; i < partitions.length; i++) {
      partitions[i] = new Properties();
      partitions[i].setProperty("classId", Long.toString(classes.get(i)));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(partitions.length);
    plan.setThreads(
        Math.max(1, threads == null || threads.isBlank() ? 2 : Integer.parseInt(threads)));
    plan.setPartitionProperties(partitions);
    return plan;
  }
}
