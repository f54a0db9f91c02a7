package lt.dienynas.demo;

import static lt.dienynas.demo.DemoCurriculum.ALL_DAY_SCHOOL;
import static lt.dienynas.demo.DemoCurriculum.ART;
import static lt.dienynas.demo.DemoCurriculum.BIOLOGY;
import static lt.dienynas.demo.DemoCurriculum.CHEMISTRY;
import static lt.dienynas.demo.DemoCurriculum.DANCE;
import static lt.dienynas.demo.DemoCurriculum.ENGLISH;
import static lt.dienynas.demo.DemoCurriculum.ETHICS;
import static lt.dienynas.demo.DemoCurriculum.GEOGRAPHY;
import static lt.dienynas.demo.DemoCurriculum.GERMAN;
import static lt.dienynas.demo.DemoCurriculum.HISTORY;
import static lt.dienynas.demo.DemoCurriculum.HUMAN_SAFETY;
import static lt.dienynas.demo.DemoCurriculum.INFORMATICS;
import static lt.dienynas.demo.DemoCurriculum.LITHUANIAN;
import static lt.dienynas.demo.DemoCurriculum.MATHEMATICS;
import static lt.dienynas.demo.DemoCurriculum.MUSIC;
import static lt.dienynas.demo.DemoCurriculum.PHYSICAL_EDUCATION;
import static lt.dienynas.demo.DemoCurriculum.PHYSICS;
import static lt.dienynas.demo.DemoCurriculum.PRE_PRIMARY;
import static lt.dienynas.demo.DemoCurriculum.PRE_SCHOOL;
import static lt.dienynas.demo.DemoCurriculum.RELIGION;
import static lt.dienynas.demo.DemoCurriculum.ROBOTICS;
import static lt.dienynas.demo.DemoCurriculum.RUSSIAN;
import static lt.dienynas.demo.DemoCurriculum.SCIENCE;
import static lt.dienynas.demo.DemoCurriculum.TECHNOLOGIES;
import static lt.dienynas.demo.DemoCurriculum.WORLD_STUDIES;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import lt.dienynas.demo.DemoSchool.DemoLogin;
import lt.dienynas.demo.DemoSchoolModel.Account;
import lt.dienynas.demo.DemoSchoolModel.BellTime;
import lt.dienynas.demo.DemoSchoolModel.GroupKind;
import lt.dienynas.demo.DemoSchoolModel.Guardianship;
import lt.dienynas.demo.DemoSchoolModel.Level;
import lt.dienynas.demo.DemoSchoolModel.Person;
import lt.dienynas.demo.DemoSchoolModel.PersonType;
import lt.dienynas.demo.DemoSchoolModel.SchoolClass;
import lt.dienynas.demo.DemoSchoolModel.Staff;
import lt.dienynas.demo.DemoSchoolModel.Student;
import lt.dienynas.demo.DemoSchoolModel.StudyGroup;
import lt.dienynas.demo.DemoSchoolModel.TeachingAssignment;
import lt.dienynas.demo.DemoSchoolModel.TimetableEntry;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;

/**
 * Builds the {@link DemoSchoolModel}: staff first (the demo-login holders with their fixed names),
 * then classes with their class teachers, families and students, groups, teaching assignments and
 * accounts. Every random choice comes from one seeded {@link Random}, in a fixed order.
 */
final class DemoSchoolBuilder {

  private static final String SCHOOL_MAIL = "@mokykla.example";
  private static final String PRIVATE_MAIL = "@pastas.example";
  private static final int SIBLING_FAMILIES = 14;
  private static final String HOME_SCHOOLED_CLASS = "7b";

  private final DemoSchoolModel.Shape shape;
  private final Random random;
  private final LocalDate today;
  private final DemoCalendar calendar;
  private final Collator collator = Collator.getInstance(Locale.forLanguageTag("lt"));

  private final List<Person> people = new ArrayList<>();
  private final List<Student> students = new ArrayList<>();
  private final List<Guardianship> guardianships = new ArrayList<>();
  private final List<Staff> staff = new ArrayList<>();
  private final Map<Integer, Staff> staffByKey = new HashMap<>();
  private final List<SchoolClass> classes = new ArrayList<>();
  private final List<ClassPlan> plans = new ArrayList<>();
  private final List<StudyGroup> groups = new ArrayList<>();
  private final List<TeachingAssignment> assignments = new ArrayList<>();
  private final Set<String> emails = new HashSet<>();
  private final Set<String> personalCodes = new HashSet<>();
  private final Map<Role, Integer> loginHolders = new EnumMap<>(Role.class);

  private final Map<String, Integer> primaryTeachers = new LinkedHashMap<>();
  private int preschoolTeacher;
  private int prePrimaryTeacher;
  private int lithuanian56;
  private int lithuanian78;
  private int mathematicsA;
  private int mathematicsB;
  private int english1;
  private int english2;
  private int german;
  private int russian;
  private int biology;
  private int physicsChemistry;
  private int history;
  private int geography;
  private int religion;
  private int ethics;
  private int artTechnologies;
  private int music;
  private int physicalPrimary;
  private int physicalBasic;
  private int informatics;
  private int dance;
  private int vdmEducator;
  private int nonFormalTeacher;

  /** A sized school's teachers, the class teachers first (in class order). */
  private final List<Integer> teachers = new ArrayList<>();

  /** A sized school's subject teachers by subject, and whose turn it is next. */
  private final Map<String, List<Integer>> pools = new LinkedHashMap<>();

  private final Map<String, Integer> poolTurn = new HashMap<>();

  /** What a sized school's primary class teacher teaches her class herself. */
  private static final Set<String> PRIMARY_OWN =
      Set.of(LITHUANIAN, MATHEMATICS, WORLD_STUDIES, ART, TECHNOLOGIES, MUSIC, DANCE);

  /** A class being filled: its age (-1 pre-school, 0 pre-primary, else the grade) and size. */
  private record ClassPlan(String name, int age, int size, List<Integer> members) {
    boolean full() {
      return members.size() >= size;
    }
  }

  /** A family: the man's surname and its one or two guardians. */
  private record Family(String surname, List<Integer> guardians) {}

  DemoSchoolBuilder(DemoSchoolModel.Shape shape, DemoCalendar calendar, LocalDate today) {
    this.shape = shape;
    this.random = new Random(shape.seed());
    this.today = today;
    this.calendar = calendar;
  }

  DemoSchoolModel build() {
    if (shape.demo()) {
      hireStaff();
    } else {
      hireTeachers();
    }
    openClasses();
    enrolStudents();
    formGroups();
    assignTeachers();
    List<Account> accounts = shape.demo() ? openAccounts() : numberedAccounts();
    return new DemoSchoolModel(
        today,
        calendar,
        calendar.year(),
        calendar.periods(),
        calendar.holidays(),
        DemoCurriculum.SUBJECTS,
        DemoCurriculum.LINES,
        List.copyOf(people),
        List.copyOf(students),
        List.copyOf(guardianships),
        List.copyOf(staff),
        List.copyOf(classes),
        List.copyOf(groups),
        List.copyOf(assignments),
        timetable(),
        BELL_TIMES,
        accounts);
  }

  /** Skambučių laikas: 45-minute lessons, a 20-minute break after the 3rd and the 5th. */
  static final List<BellTime> BELL_TIMES =
      List.of(
          bell(1, "08:00"),
          bell(2, "08:55"),
          bell(3, "09:50"),
          bell(4, "10:55"),
          bell(5, "11:50"),
          bell(6, "12:55"),
          bell(7, "13:50"),
          bell(8, "14:45"),
          bell(9, "15:40"));

  private static BellTime bell(int number, String start) {
    LocalTime from = LocalTime.parse(start);
    return new BellTime(number, from, from.plusMinutes(45));
  }

  // --- staff -------------------------------------------------------------------------------

  private void hireStaff() {
    hire(Role.DIRECTOR, Role.DIRECTOR);
    hire(Role.DEPUTY, Role.DEPUTY);
    hire(null, Role.DEPUTY);
    hire(Role.DB_ADMIN, Role.DB_ADMIN);
    hire(Role.IT_SPECIALIST, Role.IT_SPECIALIST);
    for (int grade = 1; grade <= 4; grade++) {
      for (String letter : List.of("a", "b")) {
        primaryTeachers.put(grade + letter, hire(null, Role.TEACHER, Role.CLASS_TEACHER));
      }
    }
    preschoolTeacher = hire(Role.PRESCHOOL_TEACHER, Role.PRESCHOOL_TEACHER, Role.CLASS_TEACHER);
    prePrimaryTeacher = hire(null, Role.PRESCHOOL_TEACHER, Role.CLASS_TEACHER);
    lithuanian56 = hire(Role.CLASS_TEACHER, Role.TEACHER, Role.CLASS_TEACHER);
    lithuanian78 = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    mathematicsA = hire(Role.TEACHER, Role.TEACHER);
    mathematicsB = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    english1 = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    english2 = hire(null, Role.TEACHER);
    german = hire(null, Role.TEACHER);
    russian = hire(null, Role.TEACHER);
    biology = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    physicsChemistry = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    history = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    geography = hire(null, Role.TEACHER, Role.CLASS_TEACHER);
    religion = hire(null, Role.TEACHER);
    ethics = hire(null, Role.TEACHER);
    artTechnologies = hire(null, Role.TEACHER);
    music = hire(null, Role.TEACHER);
    physicalPrimary = hire(null, Role.TEACHER);
    physicalBasic = hire(null, Role.TEACHER);
    informatics = hire(null, Role.TEACHER);
    dance = hire(null, Role.TEACHER);
    vdmEducator = hire(Role.VDM_EDUCATOR, Role.VDM_EDUCATOR);
    nonFormalTeacher = hire(Role.NON_FORMAL_TEACHER, Role.NON_FORMAL_TEACHER);
    hire(Role.NON_FORMAL_ORGANISER, Role.NON_FORMAL_ORGANISER);
    for (Role role :
        List.of(
            Role.SOCIAL_PEDAGOGUE,
            Role.PSYCHOLOGIST,
            Role.SPECIAL_PEDAGOGUE,
            Role.SPEECH_THERAPIST,
            Role.CAREER_SPECIALIST,
            Role.HEALTH_SPECIALIST,
            Role.LIBRARIAN,
            Role.ARCHIVIST)) {
      hire(role, role);
    }
  }

  /**
   * A sized school's staff: its teachers (class teachers of grades 1–8 first, in class order) with
   * random names, a deputy and a DB admin (who agree to correction acts).
   */
  private void hireTeachers() {
    int classes = 8 * shape.letters().size();
    for (int t = 0; t < shape.teachers(); t++) {
      teachers.add(
          t < classes ? hire(null, Role.TEACHER, Role.CLASS_TEACHER) : hire(null, Role.TEACHER));
    }
    hire(null, Role.DEPUTY);
    hire(null, Role.DB_ADMIN);
  }

  /**
   * Hires an employee with the given roles; the holder of a demo login gets that login's fixed
   * name, everyone else a random one (four in five teachers in a Lithuanian school are women).
   */
  private int hire(Role demoLogin, Role... roles) {
    String first;
    String last;
    boolean male;
    if (demoLogin != null) {
      DemoLogin login = DemoSchool.login(demoLogin);
      first = login.firstName();
      last = login.lastName();
      male = !last.endsWith("ė");
    } else {
      male = random.nextInt(5) == 0;
      first = LithuanianNames.pick(random, male ? LithuanianNames.MEN : LithuanianNames.WOMEN);
      last = adultSurname(LithuanianNames.pick(random, LithuanianNames.SURNAMES), male);
    }
    int key = addPerson(PersonType.STAFF, first, last, male, email(first, last, SCHOOL_MAIL));
    Staff employee = new Staff(key, EnumSet.of(roles[0], roles));
    staff.add(employee);
    staffByKey.put(key, employee);
    if (demoLogin != null) {
      loginHolders.put(demoLogin, key);
    }
    return key;
  }

  private String adultSurname(String surname, boolean male) {
    if (male) {
      return surname;
    }
    return random.nextInt(10) < 8
        ? LithuanianNames.married(surname)
        : LithuanianNames.unmarried(surname);
  }

  // --- classes -----------------------------------------------------------------------------

  private void openClasses() {
    if (!shape.demo()) {
      for (int grade = 1; grade <= 8; grade++) {
        for (String letter : shape.letters()) {
          openClass(
              grade + letter,
              Level.GRADE,
              grade,
              letter,
              teachers.get(classes.size()),
              shape.studentsPerClass());
        }
      }
      return;
    }
    openClass("Boružėlės", Level.PRESCHOOL, null, "", preschoolTeacher, 15 + random.nextInt(4));
    openClass("Pelėdžiukai", Level.PREPRIMARY, null, "", prePrimaryTeacher, 15 + random.nextInt(4));
    Map<String, Integer> basicClassTeachers =
        Map.of(
            "5a", english1,
            "5b", mathematicsB,
            "6a", lithuanian56,
            "6b", history,
            "7a", lithuanian78,
            "7b", geography,
            "8a", biology,
            "8b", physicsChemistry);
    for (int grade = 1; grade <= 8; grade++) {
      for (String letter : List.of("a", "b")) {
        String name = grade + letter;
        int teacher = grade <= 4 ? primaryTeachers.get(name) : basicClassTeachers.get(name);
        openClass(name, Level.GRADE, grade, letter, teacher, 23 + random.nextInt(5));
      }
    }
  }

  private void openClass(
      String name, Level level, Integer grade, String letter, int teacher, int size) {
    classes.add(new SchoolClass(name, level, grade, letter, teacher));
    int age =
        switch (level) {
          case PRESCHOOL -> -1;
          case PREPRIMARY -> 0;
          case GRADE -> grade;
        };
    plans.add(new ClassPlan(name, age, size, new ArrayList<>()));
  }

  private ClassPlan plan(String className) {
    return plans.stream().filter(p -> p.name().equals(className)).findFirst().orElseThrow();
  }

  // --- families and students ---------------------------------------------------------------

  private void enrolStudents() {
    int siblingFamilies = 0;
    if (shape.demo()) {
      enrolDemoFamily();
      siblingFamilies = SIBLING_FAMILIES;
    }
    for (int i = 0; i < siblingFamilies; i++) {
      List<ClassPlan> open = plans.stream().filter(p -> !p.full()).toList();
      ClassPlan older = open.get(random.nextInt(open.size()));
      List<ClassPlan> younger = open.stream().filter(p -> p.age() < older.age()).toList();
      if (younger.isEmpty()) {
        i--;
        continue;
      }
      Family family = newFamily(LithuanianNames.pick(random, LithuanianNames.SURNAMES));
      enrol(family, older, null, null);
      enrol(family, younger.get(random.nextInt(younger.size())), null, null);
    }
    for (ClassPlan plan : plans) {
      while (!plan.full()) {
        enrol(newFamily(LithuanianNames.pick(random, LithuanianNames.SURNAMES)), plan, null, null);
      }
    }
  }

  /**
   * The family behind the guardian and student demo logins: the student in 6a (whose class teacher
   * holds the class-teacher login), a younger sister in 3b, both parents as guardians.
   */
  private void enrolDemoFamily() {
    DemoLogin mother = DemoSchool.login(Role.GUARDIAN);
    DemoLogin son = DemoSchool.login(Role.STUDENT);
    String surname = son.lastName();
    if (!mother.lastName().equals(LithuanianNames.married(surname))) {
      throw new IllegalStateException("the demo guardian must be the demo student's mother");
    }
    int motherKey =
        addPerson(
            PersonType.GUARDIAN,
            mother.firstName(),
            mother.lastName(),
            false,
            email(mother.firstName(), mother.lastName(), PRIVATE_MAIL));
    loginHolders.put(Role.GUARDIAN, motherKey);
    int fatherKey =
        addPerson(
            PersonType.GUARDIAN, "Tomas", surname, true, email("Tomas", surname, PRIVATE_MAIL));
    Family family = new Family(surname, List.of(motherKey, fatherKey));
    loginHolders.put(Role.STUDENT, enrol(family, plan("6a"), true, son.firstName()));
    enrol(family, plan("3b"), false, "Gabija");
  }

  private Family newFamily(String surname) {
    int shape = random.nextInt(100);
    List<Integer> guardians = new ArrayList<>();
    if (shape < 90) {
      String first = LithuanianNames.pick(random, LithuanianNames.WOMEN);
      guardians.add(guardian(first, LithuanianNames.married(surname), false));
    }
    if (shape < 70 || shape >= 90) {
      String first = LithuanianNames.pick(random, LithuanianNames.MEN);
      guardians.add(guardian(first, surname, true));
    }
    return new Family(surname, List.copyOf(guardians));
  }

  private int guardian(String first, String last, boolean male) {
    String mail = random.nextInt(10) < 9 ? email(first, last, PRIVATE_MAIL) : null;
    return addPerson(PersonType.GUARDIAN, first, last, male, mail);
  }

  /** Enrols a child of the family in the class; sex and first name random when null. */
  private int enrol(Family family, ClassPlan plan, Boolean maleOrNull, String firstOrNull) {
    boolean male = maleOrNull != null ? maleOrNull : random.nextBoolean();
    String first =
        firstOrNull != null
            ? firstOrNull
            : LithuanianNames.pick(random, male ? LithuanianNames.BOYS : LithuanianNames.GIRLS);
    String last = male ? family.surname() : LithuanianNames.unmarried(family.surname());
    // a first-grader of the year starting in September of Y was born in Y - 7
    int firstGraders = calendar.start().getYear() - 6;
    int birthYear =
        plan.age() < 0 ? firstGraders + 1 + random.nextInt(2) : firstGraders - plan.age();
    LocalDate birthDate =
        LocalDate.ofYearDay(
            birthYear, 1 + random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()));
    String code;
    do {
      code =
          PersonalCode.of(
                  birthDate,
                  male,
                  DemoSchool.FIRST_SERIAL + random.nextInt(1000 - DemoSchool.FIRST_SERIAL))
              .value();
    } while (!personalCodes.add(code));
    String mail = plan.age() >= 5 ? email(first, last, SCHOOL_MAIL) : null;
    int key = addPerson(PersonType.STUDENT, first, last, male, mail);
    Student student = new Student(key, code, birthDate, plan.name());
    students.add(student);
    for (int guardian : family.guardians()) {
      guardianships.add(new Guardianship(guardian, key));
    }
    plan.members().add(key);
    return key;
  }

  // --- groups ------------------------------------------------------------------------------

  private void formGroups() {
    for (SchoolClass schoolClass : classes) {
      List<Integer> members = byName(plan(schoolClass.name()).members());
      GroupKind kind = schoolClass.level() == Level.GRADE ? GroupKind.CLASS : GroupKind.PRESCHOOL;
      group(schoolClass.name(), kind, schoolClass.name(), null, members);
      Integer grade = schoolClass.grade();
      if (grade == null) {
        continue;
      }
      String name = schoolClass.name();
      if (grade >= 5) {
        int half = (members.size() + 1) / 2;
        group(name + " anglų k. 1 gr.", GroupKind.SUBJECT, name, ENGLISH, members.subList(0, half));
        group(
            name + " anglų k. 2 gr.",
            GroupKind.SUBJECT,
            name,
            ENGLISH,
            members.subList(half, members.size()));
      }
      if (grade >= 6) {
        split(name, members, 8 + random.nextInt(5), RUSSIAN, "rusų k.", GERMAN, "vokiečių k.");
      }
      split(name, members, 5 + random.nextInt(6), ETHICS, "etika", RELIGION, "tikyba");
    }
    if (!shape.demo()) {
      return;
    }
    group("Visos dienos mokyklos grupė", GroupKind.VDM, null, ALL_DAY_SCHOOL, draw(20, 1, 4));
    group("Robotikos būrelis", GroupKind.NON_FORMAL, null, ROBOTICS, draw(12, 3, 6));
    Set<Integer> demoPeople = new HashSet<>(loginHolders.values());
    List<Integer> homeSchooled =
        plan(HOME_SCHOOLED_CLASS).members().stream()
            .filter(key -> !demoPeople.contains(key))
            .toList();
    group(
        "Mokymas namuose (" + HOME_SCHOOLED_CLASS + ")",
        GroupKind.HOME_SCHOOLING,
        HOME_SCHOOLED_CLASS,
        null,
        List.of(homeSchooled.get(random.nextInt(homeSchooled.size()))));
  }

  /** Splits a class into a smaller group (of {@code smallSize}) and the rest, both by subject. */
  private void split(
      String className,
      List<Integer> members,
      int smallSize,
      String smallSubject,
      String smallName,
      String restSubject,
      String restName) {
    List<Integer> shuffled = new ArrayList<>(members);
    Collections.shuffle(shuffled, random);
    Set<Integer> small = new HashSet<>(shuffled.subList(0, smallSize));
    group(
        className + " " + restName,
        GroupKind.SUBJECT,
        className,
        restSubject,
        members.stream().filter(key -> !small.contains(key)).toList());
    group(
        className + " " + smallName,
        GroupKind.SUBJECT,
        className,
        smallSubject,
        members.stream().filter(small::contains).toList());
  }

  /** Draws {@code count} students of grades {@code fromGrade}–{@code toGrade}, in name order. */
  private List<Integer> draw(int count, int fromGrade, int toGrade) {
    List<Integer> candidates = new ArrayList<>();
    for (ClassPlan plan : plans) {
      if (plan.age() >= fromGrade && plan.age() <= toGrade) {
        candidates.addAll(plan.members());
      }
    }
    Collections.shuffle(candidates, random);
    return byName(candidates.subList(0, count));
  }

  private void group(
      String name, GroupKind kind, String className, String subject, List<Integer> members) {
    groups.add(new StudyGroup(name, kind, className, subject, members));
  }

  /** The students in class-list order: by surname, then first name, Lithuanian collation. */
  private List<Integer> byName(List<Integer> keys) {
    Comparator<Integer> byLast = Comparator.comparing(key -> people.get(key).lastName(), collator);
    return keys.stream()
        .sorted(byLast.thenComparing(key -> people.get(key).firstName(), collator))
        .toList();
  }

  // --- teaching assignments ----------------------------------------------------------------

  private void assignTeachers() {
    if (!shape.demo()) {
      formPools();
      classes.forEach(this::assignGradeClass);
      return;
    }
    for (SchoolClass schoolClass : classes) {
      String name = schoolClass.name();
      switch (schoolClass.level()) {
        case PRESCHOOL -> assign(preschoolTeacher, PRE_SCHOOL, name);
        case PREPRIMARY -> {
          assign(prePrimaryTeacher, PRE_PRIMARY, name);
          assign(music, MUSIC, name);
        }
        case GRADE -> assignGradeClass(schoolClass);
      }
    }
    assign(vdmEducator, ALL_DAY_SCHOOL, "Visos dienos mokyklos grupė");
    assign(nonFormalTeacher, ROBOTICS, "Robotikos būrelis");
    SchoolClass homeClass =
        classes.stream()
            .filter(c -> c.name().equals(HOME_SCHOOLED_CLASS))
            .findFirst()
            .orElseThrow();
    for (String subject :
        List.of(LITHUANIAN, MATHEMATICS, ENGLISH, HISTORY, GEOGRAPHY, BIOLOGY, PHYSICS)) {
      assign(
          teacherOf(subject, homeClass), subject, "Mokymas namuose (" + HOME_SCHOOLED_CLASS + ")");
    }
  }

  private void assignGradeClass(SchoolClass schoolClass) {
    String name = schoolClass.name();
    int grade = schoolClass.grade();
    for (var line : DemoCurriculum.forGrade(grade)) {
      String subject = line.subjectCode();
      switch (subject) {
        case ENGLISH -> {
          if (grade >= 5) {
            assign(teacherFor(ENGLISH, schoolClass, 1), ENGLISH, name + " anglų k. 1 gr.");
            assign(teacherFor(ENGLISH, schoolClass, 2), ENGLISH, name + " anglų k. 2 gr.");
          } else {
            assign(teacherFor(subject, schoolClass, 0), subject, name);
          }
        }
        case GERMAN -> assign(teacherFor(GERMAN, schoolClass, 0), GERMAN, name + " vokiečių k.");
        case RUSSIAN -> assign(teacherFor(RUSSIAN, schoolClass, 0), RUSSIAN, name + " rusų k.");
        case RELIGION -> assign(teacherFor(RELIGION, schoolClass, 0), RELIGION, name + " tikyba");
        case ETHICS -> assign(teacherFor(ETHICS, schoolClass, 0), ETHICS, name + " etika");
        default -> assign(teacherFor(subject, schoolClass, 0), subject, name);
      }
    }
  }

  /**
   * Who teaches the subject to the class (or to its {@code englishGroup}-th English group, 1 or 2):
   * in the demo school the holder of the post; in a sized school a primary class's own teacher (for
   * {@link #PRIMARY_OWN}), else the subject's teachers in turn.
   */
  private int teacherFor(String subject, SchoolClass schoolClass, int englishGroup) {
    if (!shape.demo()) {
      if (schoolClass.grade() <= 4 && PRIMARY_OWN.contains(subject)) {
        return schoolClass.classTeacherKey();
      }
      List<Integer> pool = pools.get(subject);
      return pool.get(poolTurn.merge(subject, 1, Integer::sum) % pool.size());
    }
    return switch (subject) {
      case ENGLISH ->
          englishGroup == 1
              ? english1
              : englishGroup == 2 ? english2 : teacherOf(subject, schoolClass);
      case GERMAN -> german;
      case RUSSIAN -> russian;
      case RELIGION -> religion;
      case ETHICS -> ethics;
      default -> teacherOf(subject, schoolClass);
    };
  }

  /**
   * A sized school's subject teachers: everyone but the primary class teachers, shared among the
   * subjects in proportion to their weekly lessons (English of grades 5–8 counted twice, for its
   * two groups), at least one a subject, so that the loads are alike.
   */
  private void formPools() {
    Map<String, Integer> load = new LinkedHashMap<>();
    for (SchoolClass c : classes) {
      for (var line : DemoCurriculum.forGrade(c.grade())) {
        String code = line.subjectCode();
        if (!(c.grade() <= 4 && PRIMARY_OWN.contains(code))) {
          int groups = code.equals(ENGLISH) && c.grade() >= 5 ? 2 : 1;
          load.merge(code, line.weeklyLessons() * groups, Integer::sum);
        }
      }
    }
    List<Integer> specialists = teachers.subList(4 * shape.letters().size(), teachers.size());
    if (specialists.size() < load.size()) {
      throw new IllegalStateException("fewer subject teachers than subjects");
    }
    Map<String, Integer> shares = new LinkedHashMap<>();
    load.keySet().forEach(code -> shares.put(code, 1));
    for (int left = specialists.size() - load.size(); left > 0; left--) {
      // the next teacher to the subject with the most lessons per teacher
      String busiest =
          load.keySet().stream()
              .max(
                  Comparator.comparingDouble(
                      (String code) -> load.get(code) / (double) shares.get(code)))
              .orElseThrow();
      shares.merge(busiest, 1, Integer::sum);
    }
    int used = 0;
    for (var share : shares.entrySet()) {
      pools.put(share.getKey(), specialists.subList(used, used + share.getValue()));
      used += share.getValue();
    }
  }

  /** Who teaches the subject to the whole class. */
  private int teacherOf(String subject, SchoolClass schoolClass) {
    int grade = schoolClass.grade();
    boolean primary = grade <= 4;
    int classTeacher = schoolClass.classTeacherKey();
    return switch (subject) {
      case LITHUANIAN -> primary ? classTeacher : grade <= 6 ? lithuanian56 : lithuanian78;
      case MATHEMATICS ->
          primary ? classTeacher : schoolClass.letter().equals("a") ? mathematicsA : mathematicsB;
      case WORLD_STUDIES -> classTeacher;
      case ART, TECHNOLOGIES -> primary ? classTeacher : artTechnologies;
      case ENGLISH -> schoolClass.letter().equals("a") ? english1 : english2;
      case SCIENCE, BIOLOGY, HUMAN_SAFETY -> biology;
      case PHYSICS, CHEMISTRY -> physicsChemistry;
      case HISTORY -> history;
      case GEOGRAPHY -> geography;
      case MUSIC -> music;
      case PHYSICAL_EDUCATION -> primary ? physicalPrimary : physicalBasic;
      case INFORMATICS -> informatics;
      case DANCE -> dance;
      default -> throw new IllegalStateException("no teacher for " + subject);
    };
  }

  private void assign(int teacher, String subject, String groupName) {
    if (groups.stream().noneMatch(g -> g.name().equals(groupName))) {
      throw new IllegalStateException("no group " + groupName);
    }
    assignments.add(new TeachingAssignment(teacher, subject, groupName));
  }

  // --- timetable ---------------------------------------------------------------------------

  /** Pre-school lessons (a group without a curriculum line) a day. */
  private static final int PRESCHOOL_DAILY = 4;

  /**
   * The weekly timetable of every class and group, matching the curriculum: a split class's groups
   * (English, German / Russian, religion / ethics) at the same time; the all-day school after the
   * primary classes' lessons, robotics and the home-schooled student's lessons after the day's.
   */
  private List<TimetableEntry> timetable() {
    List<DemoTimetable.Need> needs = new ArrayList<>();
    for (SchoolClass schoolClass : classes) {
      String name = schoolClass.name();
      switch (schoolClass.level()) {
        case PRESCHOOL ->
            needs.add(need(name, 5 * PRESCHOOL_DAILY, 1, PRESCHOOL_DAILY, part(name, PRE_SCHOOL)));
        case PREPRIMARY -> {
          for (var line : DemoCurriculum.forGrade(0)) {
            needs.add(need(name, line.weeklyLessons(), 1, 5, part(name, line.subjectCode())));
          }
        }
        case GRADE -> gradeNeeds(schoolClass, needs);
      }
    }
    if (shape.demo()) {
      String vdm = "Visos dienos mokyklos grupė";
      needs.add(need(vdm, 10, 7, 8, part(vdm, ALL_DAY_SCHOOL)));
      String robotics = "Robotikos būrelis";
      needs.add(need(robotics, 2, 9, 9, part(robotics, ROBOTICS)));
      String home = "Mokymas namuose (" + HOME_SCHOOLED_CLASS + ")";
      for (TeachingAssignment a : assignments) {
        if (a.groupName().equals(home)) {
          needs.add(need(home, 1, 8, 9, part(home, a.subjectCode())));
        }
      }
    }
    List<TimetableEntry> entries = new ArrayList<>();
    Map<String, Integer> rooms = new HashMap<>();
    for (DemoTimetable.Slot slot : DemoTimetable.schedule(needs)) {
      var part = slot.part();
      int room = rooms.computeIfAbsent(slot.unit(), u -> 101 + rooms.size());
      entries.add(
          new TimetableEntry(
              part.group(),
              part.subject(),
              (int) part.teacher(),
              slot.weekday(),
              slot.number(),
              String.valueOf(room)));
    }
    return List.copyOf(entries);
  }

  private void gradeNeeds(SchoolClass schoolClass, List<DemoTimetable.Need> needs) {
    String name = schoolClass.name();
    int grade = schoolClass.grade();
    int last = grade <= 4 ? 6 : 7;
    for (var line : DemoCurriculum.forGrade(grade)) {
      String subject = line.subjectCode();
      int weekly = line.weeklyLessons();
      switch (subject) {
        case ENGLISH -> {
          if (grade >= 5) {
            needs.add(
                need(
                    name,
                    weekly,
                    1,
                    last,
                    part(name + " anglų k. 1 gr.", ENGLISH),
                    part(name + " anglų k. 2 gr.", ENGLISH)));
          } else {
            needs.add(need(name, weekly, 1, last, part(name, ENGLISH)));
          }
        }
        case GERMAN ->
            needs.add(
                need(
                    name,
                    weekly,
                    1,
                    last,
                    part(name + " vokiečių k.", GERMAN),
                    part(name + " rusų k.", RUSSIAN)));
        case RELIGION ->
            needs.add(
                need(
                    name,
                    weekly,
                    1,
                    last,
                    part(name + " tikyba", RELIGION),
                    part(name + " etika", ETHICS)));
        case RUSSIAN, ETHICS -> {
          // given at the same time as German / religion, in the other half of the class
        }
        default -> needs.add(need(name, weekly, 1, last, part(name, subject)));
      }
    }
  }

  private static DemoTimetable.Need need(
      String unit, int weekly, int first, int last, DemoTimetable.Part... parts) {
    return new DemoTimetable.Need(unit, List.of(parts), weekly, first, last);
  }

  /** The group's lesson in the subject, by the teacher assigned to it. */
  private DemoTimetable.Part part(String group, String subject) {
    TeachingAssignment assignment =
        assignments.stream()
            .filter(a -> a.groupName().equals(group) && a.subjectCode().equals(subject))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("nobody teaches " + subject + " to " + group));
    return new DemoTimetable.Part(group, subject, assignment.teacherKey());
  }

  // --- accounts ----------------------------------------------------------------------------

  private List<Account> openAccounts() {
    List<Account> accounts = new ArrayList<>();
    for (DemoLogin login : DemoSchool.LOGINS) {
      Integer key = loginHolders.get(login.role());
      if (key == null) {
        throw new IllegalStateException("nobody holds the demo login " + login.login());
      }
      Staff employee = staffByKey.get(key);
      Set<Role> roles = employee != null ? employee.roles() : EnumSet.of(login.role());
      accounts.add(new Account(login.login(), key, roles));
    }
    return List.copyOf(accounts);
  }

  /**
   * A sized school's accounts, numbered: every teacher ({@code mokytojas01}), every guardian
   * ({@code globejas0001}) and the students of grades 5–8 ({@code mokinys001}, numbered over the
   * whole school), in the order they joined it.
   */
  private List<Account> numberedAccounts() {
    List<Account> accounts = new ArrayList<>();
    for (int t = 0; t < teachers.size(); t++) {
      int key = teachers.get(t);
      accounts.add(
          new Account(String.format("mokytojas%02d", t + 1), key, staffByKey.get(key).roles()));
    }
    Map<String, Integer> gradeOf = new HashMap<>();
    classes.forEach(c -> gradeOf.put(c.name(), c.grade()));
    for (int i = 0; i < students.size(); i++) {
      Student student = students.get(i);
      // students read their own diary from grade 5 on (AccessPolicy); younger ones have none
      if (gradeOf.get(student.className()) >= 5) {
        accounts.add(
            new Account(
                String.format("mokinys%03d", i + 1),
                student.personKey(),
                EnumSet.of(Role.STUDENT)));
      }
    }
    int guardians = 0;
    for (Person person : people) {
      if (person.type() == PersonType.GUARDIAN) {
        accounts.add(
            new Account(
                String.format("globejas%04d", ++guardians),
                person.key(),
                EnumSet.of(Role.GUARDIAN)));
      }
    }
    return List.copyOf(accounts);
  }

  // --- people ------------------------------------------------------------------------------

  private int addPerson(PersonType type, String first, String last, boolean male, String email) {
    int key = people.size();
    people.add(new Person(key, type, first, last, male, email));
    return key;
  }

  /** A unique address: vardas.pavarde@domain, with a number when the name is taken. */
  private String email(String first, String last, String domain) {
    String local = LithuanianNames.ascii(first) + "." + LithuanianNames.ascii(last);
    String address = local + domain;
    for (int n = 2; !emails.add(address); n++) {
      address = local + n + domain;
    }
    return address;
  }
}
