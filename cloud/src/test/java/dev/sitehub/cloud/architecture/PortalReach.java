package dev.sitehub.cloud.architecture;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the JAX-RS routes of a set of classes and reports every state-changing API operation (POST,
 * PUT, PATCH or DELETE under {@code /api}) that neither names a portal route doing the same thing,
 * nor is a machine-only operation, nor is pending in another helper's work; and every table entry
 * that has gone stale.
 */
final class PortalReach {
  static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private PortalReach() {}

  /** Every route of {@code classes} as {@code "VERB /path"}, paths joined as JAX-RS joins them. */
  static Set<String> routes(Collection<Class<?>> classes) {
    Set<String> routes = new TreeSet<>();
    for (Class<?> c : classes) {
      Path root = c.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method m : c.getMethods()) {
        String verb = verb(m);
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        routes.add(verb + " " + join(root.value(), sub == null ? "" : sub.value()));
      }
    }
    return routes;
  }

  /** The state-changing operations under {@code /api} among {@code routes}. */
  static Set<String> apiOperations(Set<String> routes) {
    Set<String> ops = new TreeSet<>();
    for (String r : routes) {
      String[] verbPath = r.split(" ", 2);
      if (STATE_CHANGING.contains(verbPath[0])
          && (verbPath[1].equals("/api") || verbPath[1].startsWith("/api/"))) {
        ops.add(r);
      }
    }
    return ops;
  }

  /**
   * What is wrong with the tables for {@code classes}: an operation in no table, in two, a reach
   * naming a portal route that does not exist, or an entry naming an operation that does not.
   */
  static List<String> problems(
      Collection<Class<?>> classes,
      Map<String, String> reached,
      Map<String, String> machineOnly,
      Map<String, String> pending) {
    Set<String> routes = routes(classes);
    Set<String> ops = apiOperations(routes);
    List<String> problems = new ArrayList<>();
    for (String op : ops) {
      int listed =
          (reached.containsKey(op) ? 1 : 0)
              + (machineOnly.containsKey(op) ? 1 : 0)
              + (pending.containsKey(op) ? 1 : 0);
      if (listed == 0) {
        problems.add(
            op
                + " has no portal page or form: add one and name it in PortalReachTest.REACHED,"
                + " or say in MACHINE_ONLY why no person ever does this");
      } else if (listed > 1) {
        problems.add(op + " is listed more than once");
      }
    }
    reached.forEach(
        (op, portal) -> {
          if (!routes.contains(portal)) {
            problems.add(op + " names " + portal + ", which is no portal route");
          } else if (!portal.split(" ", 2)[1].startsWith("/portal")) {
            problems.add(op + " names " + portal + ", which is outside /portal");
          }
        });
    for (Map<String, String> table : List.of(reached, machineOnly, pending)) {
      for (String op : table.keySet()) {
        if (!ops.contains(op)) {
          problems.add(op + " is listed but is no state-changing API operation (stale entry)");
        }
      }
    }
    return problems;
  }

  private static String verb(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String join(String root, String sub) {
    String path = "/" + trim(root);
    String rest = trim(sub);
    return rest.isEmpty() ? path : path + "/" + rest;
  }

  private static String trim(String p) {
    String t = p;
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
