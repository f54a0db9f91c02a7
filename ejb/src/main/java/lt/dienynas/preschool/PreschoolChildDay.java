package lt.dienynas.preschool;

import java.io.Serializable;

/**
 * What a guardian sees of their pre-school child's group: the day rhythm, this week's plan and
 * reflection, and the child's achievement steps over time.
 */
public record PreschoolChildDay(
    PreschoolChild child, DayRhythmView rhythm, WeekPlanView week, ChildProgress progress)
    implements Serializable {}
