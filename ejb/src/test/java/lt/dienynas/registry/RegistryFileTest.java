package lt.dienynas.registry;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

class RegistryFileTest {

  @Test
  void columnsAreFoundByNameInAnyOrderAndLinesKeepTheirNumbers() {
    RegistryFile file =
        RegistryFile.parse(
            RegistryKind.STUDENTS,
            "\uFEFFklasė ; Asmens kodas;Vardas;PAVARDĖ;Gimimo data\r\n"
                + "5a;50901011234;\"Ona; Marija\";Ąžuolaitė;2009-01-01\r\n"
                + "\r\n"
                + "6b;50901011235;Jonas;\"Petraitis \"\"Jr\"\"\";2009-01-01\r\n");
    assertEquals(';', file.separator());
    List<RegistryFile.Line> lines = file.lines();
    assertEquals(2, lines.size());
    assertEquals(2, lines.get(0).number());
    assertEquals("Ona; Marija", lines.get(0).get(RegistryFile.FIRST_NAME));
    assertEquals("5a", lines.get(0).get(RegistryFile.CLASS));
    assertEquals(4, lines.get(1).number());
    assertEquals("Petraitis \"Jr\"", lines.get(1).get(RegistryFile.LAST_NAME));
    assertEquals("", lines.get(1).get(RegistryFile.EMAIL));
  }

  @Test
  void aFileWithoutTheRegistryColumnsIsRefusedAsAWhole() {
    assertRefused("registry.header", () -> RegistryFile.parse(RegistryKind.STUDENTS, "a,b\n1,2"));
    assertRefused("registry.empty", () -> RegistryFile.parse(RegistryKind.STAFF, " \n"));
  }

  @Test
  void theSampleFilesOfTheReadmeParseAndTheirGoodCodesAreValid() throws Exception {
    RegistryFile students =
        RegistryFile.parse(
            RegistryKind.STUDENTS,
            Files.readString(Path.of("../docs/samples/mokiniu-registras.csv")));
    List<Boolean> valid =
        students.lines().stream()
            .map(l -> PersonalCode.isValid(l.get(RegistryFile.PERSONAL_CODE)))
            .toList();
    assertEquals(List.of(true, true, true, false, true), valid);
    RegistryFile staff =
        RegistryFile.parse(
            RegistryKind.STAFF,
            Files.readString(Path.of("../docs/samples/pedagogu-registras.csv")));
    assertEquals(
        EnumSet.of(Role.TEACHER, Role.CLASS_TEACHER),
        Positions.rolesOf(staff.lines().get(0).get(RegistryFile.POSITIONS)));
  }

  @Test
  void positionsMapToRoles() {
    assertEquals(
        EnumSet.of(Role.TEACHER, Role.CLASS_TEACHER),
        Positions.rolesOf(" Mokytojas ,  klasės   vadovas"));
    assertEquals(
        EnumSet.of(Role.NON_FORMAL_TEACHER, Role.NON_FORMAL_ORGANISER),
        Positions.rolesOf("Neformaliojo švietimo mokytojas, neformaliojo švietimo organizatorius"));
    assertRefused("registry.position", () -> Positions.rolesOf("mokytojas, kosmonautas"));
    assertRefused("registry.noPosition", () -> Positions.rolesOf(" , "));
  }
}
