package lt.dienynas.demo;

import java.util.ArrayList;
import java.util.List;
import lt.dienynas.demo.DemoSchoolModel.CurriculumLine;
import lt.dienynas.demo.DemoSchoolModel.Subject;

/**
 * The demo school's subjects and its ugdymo planas: weekly lessons per grade (0 = pre-primary),
 * close to the general education plans of Lithuanian basic schools.
 */
final class DemoCurriculum {

  static final String LITHUANIAN = "LIT";
  static final String MATHEMATICS = "MAT";
  static final String ENGLISH = "ANG";
  static final String GERMAN = "VOK";
  static final String RUSSIAN = "RUS";
  static final String WORLD_STUDIES = "PAS";
  static final String SCIENCE = "GAM";
  static final String BIOLOGY = "BIO";
  static final String PHYSICS = "FIZ";
  static final String CHEMISTRY = "CHE";
  static final String HISTORY = "IST";
  static final String GEOGRAPHY = "GEO";
  static final String RELIGION = "TIK";
  static final String ETHICS = "ETI";
  static final String ART = "DAI";
  static final String MUSIC = "MUZ";
  static final String TECHNOLOGIES = "TEC";
  static final String PHYSICAL_EDUCATION = "FU";
  static final String INFORMATICS = "INF";
  static final String DANCE = "SOK";
  static final String HUMAN_SAFETY = "ZMS";
  static final String PRE_PRIMARY = "PRIES";
  static final String PRE_SCHOOL = "IKI";
  static final String ALL_DAY_SCHOOL = "VDM";
  static final String ROBOTICS = "ROB";

  static final List<Subject> SUBJECTS =
      List.of(
          new Subject(
              LITHUANIAN, "lietuvių kalba ir literatūra", "Lithuanian language and literature"),
          new Subject(MATHEMATICS, "matematika", "Mathematics"),
          new Subject(ENGLISH, "anglų kalba", "English"),
          new Subject(GERMAN, "vokiečių kalba", "German"),
          new Subject(RUSSIAN, "rusų kalba", "Russian"),
          new Subject(WORLD_STUDIES, "pasaulio pažinimas", "Knowledge of the world"),
          new Subject(SCIENCE, "gamtos mokslai", "Natural sciences"),
          new Subject(BIOLOGY, "biologija", "Biology"),
          new Subject(PHYSICS, "fizika", "Physics"),
          new Subject(CHEMISTRY, "chemija", "Chemistry"),
          new Subject(HISTORY, "istorija", "History"),
          new Subject(GEOGRAPHY, "geografija", "Geography"),
          new Subject(RELIGION, "dorinis ugdymas (tikyba)", "Moral education (religion)"),
          new Subject(ETHICS, "dorinis ugdymas (etika)", "Moral education (ethics)"),
          new Subject(ART, "dailė", "Art"),
          new Subject(MUSIC, "muzika", "Music"),
          new Subject(TECHNOLOGIES, "technologijos", "Technologies"),
          new Subject(PHYSICAL_EDUCATION, "fizinis ugdymas", "Physical education"),
          new Subject(INFORMATICS, "informatika", "Informatics"),
          new Subject(DANCE, "šokis", "Dance"),
          new Subject(HUMAN_SAFETY, "žmogaus sauga", "Human safety"),
          new Subject(PRE_PRIMARY, "priešmokyklinis ugdymas", "Pre-primary education"),
          new Subject(PRE_SCHOOL, "ikimokyklinis ugdymas", "Pre-school education"),
          new Subject(ALL_DAY_SCHOOL, "visos dienos mokyklos veikla", "All-day school activities"),
          new Subject(ROBOTICS, "robotika", "Robotics"));

  /** Weekly lessons; the array index is the grade, 0 (pre-primary) to 8. */
  static final List<CurriculumLine> LINES = lines();

  private DemoCurriculum() {}

  private static List<CurriculumLine> lines() {
    List<CurriculumLine> lines = new ArrayList<>();
    add(lines, PRE_PRIMARY, 10, 0, 0, 0, 0, 0, 0, 0, 0);
    add(lines, LITHUANIAN, 0, 8, 7, 7, 7, 5, 5, 5, 5);
    add(lines, MATHEMATICS, 0, 4, 5, 4, 5, 4, 4, 4, 4);
    add(lines, WORLD_STUDIES, 0, 2, 2, 2, 2, 0, 0, 0, 0);
    add(lines, ENGLISH, 0, 0, 2, 2, 2, 3, 3, 3, 3);
    add(lines, GERMAN, 0, 0, 0, 0, 0, 0, 2, 2, 2);
    add(lines, RUSSIAN, 0, 0, 0, 0, 0, 0, 2, 2, 2);
    add(lines, SCIENCE, 0, 0, 0, 0, 0, 2, 2, 0, 0);
    add(lines, BIOLOGY, 0, 0, 0, 0, 0, 0, 0, 2, 1);
    add(lines, PHYSICS, 0, 0, 0, 0, 0, 0, 0, 1, 2);
    add(lines, CHEMISTRY, 0, 0, 0, 0, 0, 0, 0, 0, 2);
    add(lines, HISTORY, 0, 0, 0, 0, 0, 2, 2, 2, 2);
    add(lines, GEOGRAPHY, 0, 0, 0, 0, 0, 0, 2, 2, 1);
    add(lines, RELIGION, 0, 1, 1, 1, 1, 1, 1, 1, 1);
    add(lines, ETHICS, 0, 1, 1, 1, 1, 1, 1, 1, 1);
    add(lines, ART, 0, 1, 1, 1, 1, 1, 1, 1, 1);
    add(lines, MUSIC, 2, 2, 2, 2, 2, 1, 1, 1, 1);
    add(lines, TECHNOLOGIES, 0, 1, 1, 1, 1, 2, 2, 2, 1);
    add(lines, PHYSICAL_EDUCATION, 0, 3, 3, 3, 3, 3, 3, 2, 2);
    add(lines, INFORMATICS, 0, 0, 1, 1, 1, 1, 1, 1, 1);
    add(lines, DANCE, 0, 1, 1, 1, 1, 1, 1, 0, 0);
    add(lines, HUMAN_SAFETY, 0, 0, 0, 0, 0, 1, 0, 1, 0);
    return List.copyOf(lines);
  }

  private static void add(List<CurriculumLine> lines, String subject, int... weekly) {
    for (int grade = 0; grade < weekly.length; grade++) {
      if (weekly[grade] > 0) {
        lines.add(new CurriculumLine(grade, subject, weekly[grade]));
      }
    }
  }

  static List<CurriculumLine> forGrade(int grade) {
    return LINES.stream().filter(line -> line.grade() == grade).toList();
  }
}
