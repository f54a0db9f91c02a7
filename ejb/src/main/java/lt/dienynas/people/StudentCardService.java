package lt.dienynas.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.security.AccessPolicy;

/**
 * Mokinio kortelė: a student's name, class and class teacher, for everyone who may read the
 * student's diary (their teachers, specialists, guardians, the student) — and refused, like a
 * student who does not exist, to everyone else.
 */
@Stateless
@PermitAll
public class StudentCardService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private StudentClasses studentClasses;

  public record StudentCard(long studentId, String fullName, String className, String classTeacher)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  public StudentCard card(long studentId) {
    policy.requireStudentDiaryRead(studentId);
    Student student = em.find(Student.class, studentId);
    if (student == null) {
      // a school-wide reader passes the policy for any id: a guessed one is refused all the same
      throw policy.refuse("STUDENT_DIARY_READ", "student", studentId);
    }
    ClassOf c = studentClasses.of(studentId).orElse(null);
    String classTeacher =
        c == null
            ? ""
            : em.find(SchoolClass.class, c.classId())
                .getClassTeacher()
                .map(StaffMember::getFullName)
                .orElse("");
    return new StudentCard(
        studentId, student.getFullName(), c == null ? "" : c.name(), classTeacher);
  }
}
