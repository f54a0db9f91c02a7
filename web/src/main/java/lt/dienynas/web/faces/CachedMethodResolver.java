package lt.dienynas.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the portal's own methods from EL ({@code #{lesson.topic()}}, {@code #{grid.isOpen(l)}})
 * with the method found once per class: the standard bean resolver looks every call up again
 * through {@link Class#getMethods()}, which copies the class's whole method table each time and was
 * the largest single cost of rendering the journal grid and the diaries. Only classes of {@code
 * lt.dienynas} are handled, and only a public method that is the only one of its name and number of
 * parameters; anything else (overloads, varargs, other classes) goes on to the standard resolvers.
 * Arguments are coerced by the EL context, as the standard resolver does.
 */
public final class CachedMethodResolver extends ELResolver {
  private static final String OWN = "lt.dienynas.";

  /** Per class: its public methods by name. */
  private static final ClassValue<Map<String, List<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, List<Method>> computeValue(Class<?> type) {
          Map<String, List<Method>> byName = new HashMap<>();
          for (Method m : type.getMethods()) {
            if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
              byName.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
            }
          }
          return byName;
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || method == null || !base.getClass().getName().startsWith(OWN)) {
      return null;
    }
    Method target = only(base.getClass(), method.toString(), params == null ? 0 : params.length);
    if (target == null) {
      return null;
    }
    Class<?>[] types = target.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = context.convertToType(params[i], types[i]);
    }
    try {
      Object result = target.invoke(base, args);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** The one public, fixed-arity method of this name and arity, or null. */
  private static Method only(Class<?> type, String name, int arity) {
    List<Method> named = METHODS.get(type).get(name);
    if (named == null) {
      return null;
    }
    Method found = null;
    for (Method m : named) {
      if (m.getParameterCount() == arity) {
        if (found != null || m.isVarArgs()) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // not a property resolver
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
