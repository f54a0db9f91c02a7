package lt.dienynas.preschool;

import java.io.Serializable;
import java.util.List;

/**
 * A competency's steps across the child's assessments, aligned with {@link
 * ChildProgress#assessments()} (null where none was recorded), and the latest comment.
 */
public record CompetencyProgress(Competency competency, List<Integer> steps, String lastComment)
    implements Serializable {}
