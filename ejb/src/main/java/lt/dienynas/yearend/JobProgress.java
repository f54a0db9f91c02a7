package lt.dienynas.yearend;

/**
 * How far a year-end job instance is: the classes of its partition plan and those whose partition
 * committed (a restart keeps counting the classes done before it).
 */
public record JobProgress(int classesDone, int classesTotal) {
  public static final JobProgress NONE = new JobProgress(0, 0);

  public JobProgress {
    if (classesDone < 0 || classesTotal < 0) {
      throw new IllegalArgumentException("negative progress");
    }
  }

  /** The share done, 0–100 (a plan without classes is done). */
  public int percent() {
    if (classesTotal == 0) {
      return 0;
    }
    return (int) Math.min(100, Math.round(100.0 * classesDone / classesTotal));
  }
}
