package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lt.dienynas.shared.SchoolClock;
import org.junit.jupiter.api.Test;

/**
 * The relationships that hold "now" are judged by the school's clock: {@link Relations#TODAY} in a
 * query becomes the parameter after the query's own, bound to the clock's today, never the
 * database's CURRENT_DATE.
 */
class RelationsTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

  private final SchoolClock clock =
      new SchoolClock() {
        @Override
        public LocalDate today() {
          return DAY;
        }
      };

  private String sql;
  private final Map<Integer, Object> bound = new TreeMap<>();
  private List<?> rows = List.of(1);

  private final EntityManager em =
      (EntityManager)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {EntityManager.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("createNativeQuery")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                sql = (String) args[0];
                return query();
              });

  private Query query() {
    return (Query)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setParameter" -> {
                    bound.put((Integer) args[0], args[1]);
                    yield proxy;
                  }
                  case "setMaxResults" -> proxy;
                  case "getResultList" -> rows;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void todayIsTheParameterAfterTheQuerysOwnBoundFromTheClock() {
    assertTrue(Relations.exists(em, clock, Relations.TEACHER_OF_GROUP_NOW, 7L, 8L));

    assertFalse(sql.contains(Relations.TODAY), sql);
    assertFalse(sql.contains("CURRENT_DATE"), sql);
    assertTrue(sql.endsWith("(a.valid_to IS NULL OR a.valid_to >= ?3)"), sql);
    assertEquals(Map.of(1, 7L, 2, 8L, 3, DAY), bound);
  }

  @Test
  void aQueryWithoutTodayIsBoundAsItIs() {
    rows = List.of();
    assertFalse(Relations.exists(em, clock, Relations.GUARDIAN_OF, 7L, 8L));

    assertEquals(Relations.GUARDIAN_OF, sql);
    assertEquals(Map.of(1, 7L, 2, 8L), bound);
  }

  @Test
  void aQueryThatNeedsTodayIsRefusedWithoutTheClock() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Relations.exists(em, Relations.TEACHER_OF_GROUP_NOW, 7L, 8L));
  }
}
