package lt.dienynas.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MenuCatalogTest {

  private static final Set<MenuEntry> ADMINISTRATION =
      Set.of(
          MenuCatalog.YEAR_SETUP,
          MenuCatalog.CLASSES,
          MenuCatalog.USERS,
          MenuCatalog.LOCKS,
          MenuCatalog.IMPORTS,
          MenuCatalog.ORDERS,
          MenuCatalog.SYSTEM_HEALTH);

  private final MenuCatalog catalog = new MenuCatalog();

  @Test
  void aGuardianSeesTheChildsDiaryAndMessagesButNoAdministration() {
    List<MenuEntry> menu = catalog.entriesFor(Role.GUARDIAN);

    assertEquals(
        List.of(
            MenuCatalog.CHILD_DIARY,
            MenuCatalog.PRESCHOOL_CHILD,
            MenuCatalog.SOCIAL_CIVIC_HOURS,
            MenuCatalog.CLASS_EVENTS,
            MenuCatalog.STUDENT_DOCUMENTS,
            MenuCatalog.MESSAGES,
            MenuCatalog.NOTICE_SETTINGS),
        menu);
    assertTrue(menu.stream().noneMatch(ADMINISTRATION::contains));
  }

  @Test
  void aStudentSeesOnlyTheirOwnDiaryAndMessages() {
    assertEquals(
        List.of(
            MenuCatalog.MY_DIARY,
            MenuCatalog.SOCIAL_CIVIC_HOURS,
            MenuCatalog.CLASS_EVENTS,
            MenuCatalog.MESSAGES,
            MenuCatalog.NOTICE_SETTINGS),
        catalog.entriesFor(Role.STUDENT));
  }

  @Test
  void anItSpecialistSeesOnlySystemHealth() {
    assertEquals(List.of(MenuCatalog.SYSTEM_HEALTH), catalog.entriesFor(Role.IT_SPECIALIST));
  }

  @Test
  void aLibrarianSeesOnlyMessages() {
    assertEquals(List.of(MenuCatalog.MESSAGES), catalog.entriesFor(Role.LIBRARIAN));
  }

  @Test
  void thePreschoolTeacherFillsTheMorningAndTheDeputyApprovesTheSheets() {
    List<MenuEntry> teacher = catalog.entriesFor(Role.PRESCHOOL_TEACHER);
    List<MenuEntry> deputy = catalog.entriesFor(Role.DEPUTY);

    List<MenuEntry> attendance =
        List.of(
            MenuCatalog.PRESCHOOL_ATTENDANCE,
            MenuCatalog.PRESCHOOL_SHEETS,
            MenuCatalog.PRESCHOOL_LATE);
    assertEquals(
        List.of(MenuCatalog.PRESCHOOL_ATTENDANCE, MenuCatalog.PRESCHOOL_SHEETS),
        teacher.stream().filter(attendance::contains).toList());
    assertEquals(
        List.of(MenuCatalog.PRESCHOOL_SHEETS, MenuCatalog.PRESCHOOL_LATE),
        deputy.stream().filter(attendance::contains).toList());
    assertFalse(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.PRESCHOOL_ATTENDANCE));
    assertEquals("/preschool/attendance.xhtml", MenuCatalog.PRESCHOOL_ATTENDANCE.outcome());
  }

  @Test
  void thePreschoolTeacherReachesTheGroupsPagesOfTheirGroup() {
    List<MenuEntry> menu = catalog.entriesFor(Role.PRESCHOOL_TEACHER);

    assertTrue(menu.containsAll(List.of(MenuCatalog.JOURNAL, MenuCatalog.GROUPS)));
    assertFalse(menu.contains(MenuCatalog.USERS));
  }

  @Test
  void thePreschoolEducationPagesForTheTeacherTheManagementAndTheGuardian() {
    assertTrue(
        catalog
            .entriesFor(Role.PRESCHOOL_TEACHER)
            .containsAll(
                List.of(
                    MenuCatalog.PRESCHOOL_RHYTHM,
                    MenuCatalog.PRESCHOOL_PLANS,
                    MenuCatalog.PRESCHOOL_ACHIEVEMENTS,
                    MenuCatalog.PRESCHOOL_GROUP_REPORT)));
    assertTrue(
        catalog
            .entriesFor(Role.DEPUTY)
            .containsAll(List.of(MenuCatalog.PRESCHOOL_PLANS, MenuCatalog.PRESCHOOL_GROUP_REPORT)));
    assertTrue(catalog.entriesFor(Role.DIRECTOR).contains(MenuCatalog.PRESCHOOL_GROUP_REPORT));
    assertFalse(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.PRESCHOOL_PLANS));
    assertEquals("/preschool/child.xhtml", MenuCatalog.PRESCHOOL_CHILD.outcome());
  }

  @Test
  void theDbAdminHasTheAdministrationButNotSystemHealth() {
    List<MenuEntry> menu = catalog.entriesFor(Role.DB_ADMIN);

    assertTrue(menu.containsAll(List.of(MenuCatalog.YEAR_SETUP, MenuCatalog.USERS)));
    assertTrue(menu.containsAll(List.of(MenuCatalog.LOCKS, MenuCatalog.IMPORTS)));
    assertFalse(menu.contains(MenuCatalog.SYSTEM_HEALTH));
  }

  @Test
  void aPersonWithSeveralRolesGetsTheUnionEachEntryOnce() {
    Set<Role> roles = EnumSet.of(Role.TEACHER, Role.CLASS_TEACHER, Role.GUARDIAN);

    List<MenuEntry> menu = catalog.entriesFor(roles);

    Set<MenuEntry> expected = new HashSet<>();
    roles.forEach(r -> expected.addAll(catalog.entriesFor(r)));
    assertEquals(expected, Set.copyOf(menu));
    assertEquals(Set.copyOf(menu).size(), menu.size(), "no entry twice: " + menu);
    assertEquals(1, menu.stream().filter(MenuCatalog.MESSAGES::equals).count());
  }

  @Test
  void theClassTeachersRecordsAreOnTheTeachersMenus() {
    assertTrue(
        catalog
            .entriesFor(Role.CLASS_TEACHER)
            .containsAll(
                List.of(
                    MenuCatalog.INSTRUCTIONS,
                    MenuCatalog.STUDENT_DOCUMENTS,
                    MenuCatalog.MONTH_REPORTS)));
    assertTrue(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.INSTRUCTIONS));
    assertFalse(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.MONTH_REPORTS));
    assertFalse(catalog.entriesFor(Role.STUDENT).contains(MenuCatalog.STUDENT_DOCUMENTS));
  }

  @Test
  void noRolesNoMenu() {
    assertTrue(catalog.entriesFor(EnumSet.noneOf(Role.class)).isEmpty());
    assertTrue(catalog.menuFor(EnumSet.noneOf(Role.class)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleHasAtLeastOneEntry(Role role) {
    assertFalse(catalog.entriesFor(role).isEmpty(), role.name());
  }

  @Test
  void theManagementsReportsAndTheSpecialistsWatchListsArePages() {
    assertEquals("/reports/management.xhtml", MenuCatalog.REPORTS.outcome());
    assertFalse(MenuCatalog.REPORTS.leadsToLanding());
    assertTrue(catalog.entriesFor(Role.DEPUTY).contains(MenuCatalog.REPORTS));
    assertTrue(catalog.entriesFor(Role.DIRECTOR).contains(MenuCatalog.REPORTS));
    assertEquals("/support/my-students.xhtml", MenuCatalog.SUPPORTED_STUDENTS.outcome());
    assertEquals(
        List.of(
            MenuCatalog.SUPPORTED_STUDENTS, MenuCatalog.SCHOOL_ATTENDANCE, MenuCatalog.MESSAGES),
        catalog.entriesFor(Role.SOCIAL_PEDAGOGUE));
    for (Role specialist :
        List.of(Role.PSYCHOLOGIST, Role.SPECIAL_PEDAGOGUE, Role.SPEECH_THERAPIST)) {
      assertEquals(
          List.of(MenuCatalog.SUPPORTED_STUDENTS, MenuCatalog.MESSAGES),
          catalog.entriesFor(specialist));
    }
  }

  @Test
  void anUnbuiltEntryLeadsToTheLandingSectionOfARoleThePersonHas() {
    Set<Role> roles = EnumSet.of(Role.LIBRARIAN, Role.IT_SPECIALIST, Role.STUDENT);

    List<MenuLink> menu = catalog.menuFor(roles);

    MenuLink health =
        menu.stream()
            .filter(l -> l.entry().equals(MenuCatalog.SYSTEM_HEALTH))
            .findFirst()
            .orElseThrow();
    assertEquals(MenuCatalog.LANDING, health.entry().outcome());
    // the granting role the person has
    assertEquals("landing-IT_SPECIALIST", health.fragment());
    for (MenuLink link : menu) {
      if (link.entry().leadsToLanding()) {
        assertTrue(
            roles.stream().map(LandingSection::idOf).anyMatch(link.fragment()::equals),
            link.toString());
      }
    }
  }

  @Test
  void messagesLeadToTheInboxAndBuiltEntriesHaveNoLandingSection() {
    MenuLink messages =
        catalog.menuFor(EnumSet.of(Role.LIBRARIAN)).stream()
            .filter(l -> l.entry().equals(MenuCatalog.MESSAGES))
            .findFirst()
            .orElseThrow();
    assertEquals("/messaging/inbox.xhtml", messages.entry().outcome());
    assertEquals(null, messages.fragment());
    assertTrue(catalog.entriesFor(Role.DEPUTY).contains(MenuCatalog.SURVEYS));
    assertTrue(catalog.entriesFor(Role.CLASS_TEACHER).contains(MenuCatalog.ANNOUNCEMENTS));
    // the class teacher's records (§21.6, §21.12, §21.13): the class teacher keeps them, the
    // families see the hours and the events, the deputy the logs behind
    assertTrue(
        catalog
            .entriesFor(Role.CLASS_TEACHER)
            .containsAll(
                List.of(
                    MenuCatalog.CLASS_LOG, MenuCatalog.SOCIAL_CIVIC, MenuCatalog.CLASS_EVENTS)));
    assertTrue(catalog.entriesFor(Role.DEPUTY).contains(MenuCatalog.CLASS_LOG_BEHIND));
    assertFalse(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.CLASS_LOG));
    assertFalse(catalog.entriesFor(Role.GUARDIAN).contains(MenuCatalog.SOCIAL_CIVIC));
    assertFalse(catalog.entriesFor(Role.GUARDIAN).contains(MenuCatalog.SURVEYS));
  }

  @Test
  void builtEntriesOpenTheirPages() {
    assertEquals("/diary/child.xhtml", MenuCatalog.CHILD_DIARY.outcome());
    assertEquals("/journal/index.xhtml", MenuCatalog.JOURNAL.outcome());
    assertEquals("/oversight/dashboard.xhtml", MenuCatalog.OVERSIGHT.outcome());
    assertTrue(catalog.entriesFor(Role.DEPUTY).contains(MenuCatalog.OVERSIGHT));
    assertTrue(catalog.entriesFor(Role.NON_FORMAL_ORGANISER).contains(MenuCatalog.OVERSIGHT));
    assertFalse(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.OVERSIGHT));
    // a teacher's own list of filling gaps
    assertEquals("/oversight/gaps.xhtml", MenuCatalog.MY_FILLING.outcome());
    assertTrue(catalog.entriesFor(Role.TEACHER).contains(MenuCatalog.MY_FILLING));
    assertTrue(catalog.entriesFor(Role.NON_FORMAL_TEACHER).contains(MenuCatalog.MY_FILLING));
    MenuLink diary =
        catalog.menuFor(EnumSet.of(Role.GUARDIAN)).stream()
            .filter(l -> l.entry().equals(MenuCatalog.CHILD_DIARY))
            .findFirst()
            .orElseThrow();
    assertEquals(null, diary.fragment());
  }

  @Test
  void entryIdsAreUniqueAndUsableInHtmlIds() {
    List<MenuEntry> entries = catalog.entries();

    assertEquals(entries.size(), entries.stream().map(MenuEntry::id).distinct().count());
    for (MenuEntry entry : entries) {
      assertTrue(entry.elementId().matches("menu-[a-z][a-z-]*"), entry.elementId());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text.properties", "text_lt.properties", "text_en.properties"})
  void everyEntryAndRoleHasItsTextInEveryBundle(String file) {
    Properties bundle = load(file);

    for (MenuEntry entry : catalog.entries()) {
      assertNotBlank(bundle, entry.bundleKey(), file);
    }
    for (Role role : Role.values()) {
      assertNotBlank(bundle, "role." + role.name(), file);
      assertNotBlank(bundle, "landing." + role.name(), file);
    }
  }

  @Test
  void allBundlesHaveTheSameKeysAndTheDefaultIsLithuanian() {
    Properties defaults = load("text.properties");
    Properties lithuanian = load("text_lt.properties");
    Properties english = load("text_en.properties");

    assertEquals(defaults, lithuanian);
    assertEquals(defaults.keySet(), english.keySet());
    assertEquals("Prisijungimas", defaults.getProperty("login.title"));
    assertEquals("Šiandien darbų nėra.", defaults.getProperty("index.nothingToday"));
    assertEquals("Duomenų bazių administratorius", defaults.getProperty("role.DB_ADMIN"));
  }

  private static void assertNotBlank(Properties bundle, String key, String file) {
    String value = bundle.getProperty(key);
    assertTrue(value != null && !value.isBlank(), key + " missing in " + file);
  }

  private static Properties load(String file) {
    String path = "lt/dienynas/web/i18n/" + file;
    try (InputStream in = MenuCatalogTest.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
