package lt.dienynas.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import lt.dienynas.security.Role;
import org.flywaydb.core.Flyway;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The demo school: a Lithuanian progymnasium living the school year that contains today ({@link
 * DemoToday}; 1 September to 31 August), ~430 students with their guardians, ~45 employees,
 * classes, groups, curriculum, a weekly timetable with bell times, and its journal kept on every
 * school day up to yesterday (lessons, marks, attendance, notes, messages, locks, acts), with one
 * demo login per role. For the run command and for tests, never for a production deployment.
 *
 * <p>Run against a database ({@code -Ddienynas.db.url/.user/.password}); the schema is migrated
 * first, then the school is loaded in one transaction, unless the school year already exists. Every
 * run on the same day builds the same school ({@link #SEED}).
 */
public final class DemoSchool {

  /**
   * The name of the school year the demo lives in, e.g. "2026–2027", fixed when the class loads.
   */
  public static final String YEAR_NAME = DemoCalendar.containing(DemoToday.today()).year().name();

  public static final long SEED = 20260901L;

  /** The password of every demo login. */
  public static final String PASSWORD = "Demo-2026";

  /** One login per role; the person's full name is fixed so that docs and tests can name them. */
  /**
   * The demo's students take the personal-code serials from here to 999; the tests' own students
   * take theirs below it, so a demo loaded into a database the tests wrote never meets a code
   * already there.
   */
  public static final int FIRST_SERIAL = 900;

  public static final List<DemoLogin> LOGINS =
      List.of(
          new DemoLogin("direktorius", Role.DIRECTOR, "Dalia Stankevičienė"),
          new DemoLogin("pavaduotojas", Role.DEPUTY, "Rimantas Žukauskas"),
          new DemoLogin("admin", Role.DB_ADMIN, "Giedrius Paulauskas"),
          new DemoLogin("it", Role.IT_SPECIALIST, "Mantas Šimkus"),
          new DemoLogin("klases.vadovas", Role.CLASS_TEACHER, "Jūratė Petrauskienė"),
          new DemoLogin("mokytojas", Role.TEACHER, "Kęstutis Baranauskas"),
          new DemoLogin("neformalus", Role.NON_FORMAL_TEACHER, "Šarūnas Vaitkus"),
          new DemoLogin("organizatorius", Role.NON_FORMAL_ORGANISER, "Renata Jankauskienė"),
          new DemoLogin("ikimokyklinis", Role.PRESCHOOL_TEACHER, "Liepa Gudelienė"),
          new DemoLogin("vdm", Role.VDM_EDUCATOR, "Aušra Mockuvienė"),
          new DemoLogin("socialinis", Role.SOCIAL_PEDAGOGUE, "Inga Sadauskienė"),
          new DemoLogin("psichologas", Role.PSYCHOLOGIST, "Eglė Urbonaitė"),
          new DemoLogin("specialusis", Role.SPECIAL_PEDAGOGUE, "Rūta Navickienė"),
          new DemoLogin("logopedas", Role.SPEECH_THERAPIST, "Vilma Kairienė"),
          new DemoLogin("karjera", Role.CAREER_SPECIALIST, "Andrius Balčiūnas"),
          new DemoLogin("sveikata", Role.HEALTH_SPECIALIST, "Asta Ramanauskienė"),
          new DemoLogin("bibliotekininkas", Role.LIBRARIAN, "Daiva Kudirkienė"),
          new DemoLogin("archyvaras", Role.ARCHIVIST, "Laima Adomaitienė"),
          new DemoLogin("tevai", Role.GUARDIAN, "Rasa Kazlauskienė"),
          new DemoLogin("mokinys", Role.STUDENT, "Ąžuolas Kazlauskas"));

  private static final Logger LOG = Logger.getLogger(DemoSchool.class.getName());

  private DemoSchool() {}

  /**
   * A demo login: who it is and the role it demonstrates. The account holds all of that person's
   * roles (the class teacher's login is also a subject teacher).
   */
  public record DemoLogin(String login, Role role, String fullName) {
    public String firstName() {
      return fullName.substring(0, fullName.indexOf(' '));
    }

    public String lastName() {
      return fullName.substring(fullName.indexOf(' ') + 1);
    }
  }

  /** What a load wrote, or (when {@code alreadyLoaded}) what the database holds. */
  public record Summary(
      boolean alreadyLoaded,
      int classes,
      int students,
      int guardians,
      int staff,
      int groups,
      int accounts,
      Map<String, Integer> journal) {}

  public static DemoLogin login(Role role) {
    return LOGINS.stream().filter(l -> l.role() == role).findFirst().orElseThrow();
  }

  /** The role's name as the user interface shows it (requirements §1). */
  public static String roleTitle(Role role) {
    return switch (role) {
      case DIRECTOR -> "Direktorius";
      case DEPUTY -> "Direktoriaus pavaduotojas ugdymui";
      case DB_ADMIN -> "Duomenų bazių administratorius";
      case IT_SPECIALIST -> "IT specialistas";
      case CLASS_TEACHER -> "Klasės vadovas";
      case TEACHER -> "Dalyko mokytojas";
      case NON_FORMAL_TEACHER -> "Neformaliojo švietimo mokytojas";
      case NON_FORMAL_ORGANISER -> "Neformaliojo švietimo organizatorius";
      case PRESCHOOL_TEACHER -> "Ikimokyklinio / priešmokyklinio ugdymo pedagogas";
      case VDM_EDUCATOR -> "VDM auklėtojas";
      case SOCIAL_PEDAGOGUE -> "Socialinis pedagogas";
      case PSYCHOLOGIST -> "Psichologas";
      case SPECIAL_PEDAGOGUE -> "Specialusis pedagogas";
      case SPEECH_THERAPIST -> "Logopedas";
      case CAREER_SPECIALIST -> "Karjeros specialistas";
      case HEALTH_SPECIALIST -> "Visuomenės sveikatos priežiūros specialistas";
      case LIBRARIAN -> "Bibliotekininkas";
      case ARCHIVIST -> "Administratorius / archyvaras";
      case GUARDIAN -> "Tėvai / globėjai";
      case STUDENT -> "Mokinys";
    };
  }

  public static void main(String[] args) throws SQLException {
    String url = System.getProperty("dienynas.db.url", "jdbc:mariadb://127.0.0.1:3306/dienynas");
    String user = System.getProperty("dienynas.db.user", "dienynas");
    String password = System.getProperty("dienynas.db.password", "dienynas");

    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    long started = System.nanoTime();
    Summary summary;
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      summary = load(connection);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.println(
        summary.alreadyLoaded()
            ? "Demo school " + YEAR_NAME + " is already loaded; nothing changed."
            : "Demo school "
                + YEAR_NAME
                + " (today "
                + DemoToday.today()
                + ") loaded in "
                + millis
                + " ms.");
    System.out.printf(
        "%d classes, %d students, %d guardians, %d staff, %d groups, %d accounts%n%n",
        summary.classes(),
        summary.students(),
        summary.guardians(),
        summary.staff(),
        summary.groups(),
        summary.accounts());
    if (!summary.journal().isEmpty()) {
      System.out.println("journal: " + summary.journal());
      System.out.println();
    }
    String row = "%-18s %-11s %-50s %s%n";
    System.out.printf(row, "login", "password", "role", "person");
    for (DemoLogin login : LOGINS) {
      System.out.printf(row, login.login(), PASSWORD, roleTitle(login.role()), login.fullName());
    }
  }

  /**
   * Loads the demo school in one transaction, unless school year {@value #YEAR_NAME} already
   * exists. The schema must be migrated.
   */
  public static Summary load(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = MultiInsert.reserving(connection);
    connection.setAutoCommit(false);
    try {
      if (yearExists(connection)) {
        LOG.info(() -> "School year " + YEAR_NAME + " already exists; the demo school is loaded");
        Summary existing = existing(connection);
        connection.rollback();
        return existing;
      }
      DemoSchoolModel model = DemoSchoolModel.build(SEED, DemoToday.today());
      // bcrypt is slow on purpose: hash once, every demo account shares the password
      String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10));
      Summary summary = new DemoSchoolWriter(connection).write(model, hash);
      connection.commit();
      LOG.info(() -> "Demo school " + YEAR_NAME + " committed");
      return summary;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
      connection.setTransactionIsolation(isolation);
    }
  }

  private static boolean yearExists(Connection connection) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT COUNT(*) FROM school_year WHERE name = ?")) {
      ps.setString(1, YEAR_NAME);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static Summary existing(Connection connection) throws SQLException {
    String ofYear = " t JOIN school_year y ON y.id = t.school_year_id WHERE y.name = ?";
    return new Summary(
        true,
        count(connection, "SELECT COUNT(*) FROM school_class" + ofYear, YEAR_NAME),
        count(connection, "SELECT COUNT(*) FROM student"),
        count(connection, "SELECT COUNT(*) FROM guardian"),
        count(connection, "SELECT COUNT(*) FROM staff_member"),
        count(connection, "SELECT COUNT(*) FROM study_group" + ofYear, YEAR_NAME),
        count(connection, "SELECT COUNT(*) FROM user_account"),
        Map.of());
  }

  private static int count(Connection connection, String sql, String... params)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
