package lt.dienynas.preschool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Dienos ritmas (§22.1): the pre-school teacher writes the group's day — times and activities — and
 * the deputy, the director and the children's guardians ({@link PreschoolDiaryService}) read it.
 * The rhythm is not dated, so no month lock applies; a closed school year refuses it.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("pre-school day rhythm")
public class DayRhythmService {
  static final String TYPE = "preschool_day_rhythm";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @Inject private SchoolClock clock;

  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public DayRhythmView ofGroup(long groupId) {
    policy.requirePreschoolGroupRead(groupId);
    PreschoolRecords records = new PreschoolRecords(em);
    return records.rhythm(records.group(groupId).orElseThrow());
  }

  /**
   * The group's teacher writes the day anew (every line, in any order: it is kept by time).
   *
   * @param expectedVersion the version read ({@code -1}: none yet; null: whatever it is)
   * @throws BusinessException {@code preschool.rhythm.empty}, {@code preschool.rhythm.tooLong},
   *     {@code preschool.rhythm.sameTime}, {@code preschool.rhythm.timeOrder}, {@code
   *     preschool.rhythm.activity}, {@code preschool.rhythm.timeRequired}, {@code
   *     plainText.invalid}, {@code schoolYear.readOnly}, {@code preschool.rhythm.stale}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public DayRhythmView save(
      long groupId, List<@NotNull @Valid RhythmLine> lines, Integer expectedVersion) {
    Actor teacher = policy.requirePreschoolGroupWrite(groupId);
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.group(groupId).orElseThrow();
    records.year(group).requireWritable();
    if (lines == null || lines.isEmpty()) {
      throw new BusinessException("preschool.rhythm.empty");
    }
    List<DayRhythmItem> items =
        lines.stream().map(l -> new DayRhythmItem(l.startsAt(), l.endsAt(), l.activity())).toList();
    Optional<DayRhythm> existing = records.rhythmEntity(groupId);
    Integer current = existing.map(DayRhythm::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "preschool.rhythm.stale");
    }
    Map<String, Object> before = existing.map(DayRhythmService::values).orElse(null);
    DayRhythm rhythm;
    if (existing.isPresent()) {
      rhythm = existing.get();
      rhythm.replace(items, teacher.personId(), clock.now());
    } else {
      rhythm = new DayRhythm(groupId, items, teacher.personId(), clock.now());
      em.persist(rhythm);
    }
    em.flush();
    history.record(
        before == null
            ? Change.inserted(TYPE, rhythm.getId(), values(rhythm))
            : Change.updated(TYPE, rhythm.getId(), before, values(rhythm)));
    return records.rhythm(group);
  }

  private static Map<String, Object> values(DayRhythm rhythm) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", rhythm.getGroupId());
    values.put(
        "items",
        String.join("; ", rhythm.getItems().stream().map(DayRhythmItem::toString).toList()));
    return values;
  }
}
