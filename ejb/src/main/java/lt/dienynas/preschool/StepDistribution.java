package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/** How many children of the group reached each step (index 0 = step 1) in a competency. */
public record StepDistribution(Competency competency, List<Integer> counts, int notAssessed)
    implements Serializable {}
