package lt.dienynas.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On a cluster node the session is replicated (issue 19: web.xml {@code <distributable/>}, JBoss
 * Marshalling): every view-, session- and conversation-scoped bean of the portal is Serializable,
 * and so is every type its fields hold between requests — the declared types, their type arguments
 * ({@code List<GridRow>}), and the fields of those in turn. Injected fields are proxies the
 * container serializes itself; java.* value types and collections are Serializable.
 */
class SessionStateSerializableTest {
  @Test
  void everyTypeAViewOrSessionBeanKeepsIsSerializable() throws Exception {
    List<Class<?>> beans = new ArrayList<>();
    for (String name : classNames(Path.of("target/classes"))) {
      Class<?> type = Class.forName(name, false, getClass().getClassLoader());
      if (type.isAnnotationPresent(ViewScoped.class)
          || type.isAnnotationPresent(SessionScoped.class)
          || type.isAnnotationPresent(ConversationScoped.class)) {
        beans.add(type);
      }
    }
    assertTrue(beans.size() > 50, "the portal's view and session beans: " + beans.size());
    Set<String> problems = new TreeSet<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getName(), problems, seen);
    }
    assertTrue(problems.isEmpty(), "not Serializable:\n" + String.join("\n", problems));
  }

  private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      check(p.getRawType(), path, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        check(argument, path + "<>", problems, seen);
      }
      return;
    }
    if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        check(bound, path, problems, seen);
      }
      return;
    }
    if (type instanceof GenericArrayType a) {
      check(a.getGenericComponentType(), path + "[]", problems, seen);
      return;
    }
    if (type instanceof TypeVariable<?> || !(type instanceof Class<?> c)) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), path + "[]", problems, seen);
      return;
    }
    if (c.isPrimitive() || c.isEnum() || c == Object.class) {
      return;
    }
    if (c.getName().startsWith("java.")) {
      // collections, maps and value types are Serializable implementations behind their interfaces
      if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName());
      }
      return;
    }
    if (!c.getName().startsWith("lt.dienynas.")) {
      return; // a library's type: its own concern (PrimeFaces' models are Serializable)
    }
    if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName());
      return;
    }
    for (Class<?> declaring = c;
        declaring != null && declaring.getName().startsWith("lt.dienynas.");
        declaring = declaring.getSuperclass()) {
      for (Field field : declaring.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)
            || field.isSynthetic()) {
          continue;
        }
        check(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static List<String> classNames(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .toList();
    }
  }
}
