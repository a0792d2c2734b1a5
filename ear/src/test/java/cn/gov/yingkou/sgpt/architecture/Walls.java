package cn.gov.yingkou.sgpt.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The walls between the platform's contexts as rules (CONVENTIONS.md, "The walls are executable"), for a root package:
 * below it each first-level package is a context ({@code licensing}, {@code exchange}, …) holding {@code boundary},
 * {@code control} and {@code entity}; {@code platform} and {@code shared} are the kernel; {@code seeding} puts data in
 * place at start; {@code web} and {@code ws} are the portal and the interfaces. A context publishes its language (views,
 * commands, enums) in its boundary, so its own entities may use those values; what it keeps to itself is its control
 * and entity packages.
 */
final class Walls {

    static final Set<String> ROLES = Set.of("boundary", "control", "entity");
    static final Set<String> KERNEL = Set.of("platform", "shared");
    static final Set<String> ADAPTERS = Set.of("web", "ws");
    static final String SEEDING = "seeding";

    private Walls() {
    }

    /** No two contexts (kernel, seeding and adapters included) depend on each other, directly or around a loop. */
    static ArchRule contextsFormNoCycle(String root) {
        return slices().matching(root + ".(*)..").namingSlices("context $1").should().beFreeOfCycles()
                .because("a context that needs another's answer asks it; the other never calls back");
    }

    /** No loop of files crosses a package: a control class never reaches back into its boundary's services. */
    static ArchRule noFileCycleCrossesAPackage(String root) {
        return classes().that().resideInAPackage(root + "..").should(new FileCycles(root))
                .because("boundary calls control calls entity; a loop between them is a tangle, not a layer");
    }

    /** Other contexts, the portal, the interfaces and the seeding see a context's boundary only. */
    static ArchRule reachOtherContextsOnlyThroughTheirBoundary(String root) {
        return classes().that().resideInAPackage(root + "..").should(new ArchCondition<JavaClass>(
                "reach another context only through its boundary") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String from = context(root, item);
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String to = context(root, target);
                    String role = role(root, target);
                    if (from != null && to != null && !from.equals(to) && ("control".equals(role) || "entity".equals(role))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }

    /** The portal and the interfaces hold no persistence and do not call each other. */
    static ArchRule adaptersHoldNoPersistence(String root) {
        return noClasses().that().resideInAnyPackage(root + ".web..", root + ".ws..").should()
                .dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
                .orShould().dependOnClassesThat().resideInAnyPackage(root + ".seeding..")
                .because("a Faces bean, a SOAP operation and a REST resource call one boundary method and render it");
    }

    static ArchRule portalAndInterfacesAreApart(String root) {
        return slices().matching(root + ".(web|ws)..").namingSlices("$1").should().notDependOnEachOther();
    }

    /** The kernel (job lease, paging, health, the zone, text rules) knows no business context. */
    static ArchRule kernelImportsNoBusinessContext(String root) {
        return noClasses().that().resideInAnyPackage(kernelPackages(root)).should().dependOnClassesThat(
                resideInAPackage(root + "..").and(not(resideInAnyPackage(kernelPackages(root)))))
                .because("every context builds on the kernel; the kernel builds on none of them");
    }

    /** Nothing depends on the start-up seeding, which may use every boundary. */
    static ArchRule nothingImportsTheSeeding(String root) {
        return noClasses().that().resideOutsideOfPackage(root + "." + SEEDING + "..").should().dependOnClassesThat()
                .resideInAPackage(root + "." + SEEDING + "..");
    }

    /** The audit trail is a leaf every context may use: it depends on the kernel alone. */
    static ArchRule auditIsALeaf(String root) {
        List<String> allowed = new java.util.ArrayList<>(List.of(kernelPackages(root)));
        allowed.add(root + ".audit..");
        return noClasses().that().resideInAPackage(root + ".audit..").should().dependOnClassesThat(
                resideInAPackage(root + "..").and(not(resideInAnyPackage(allowed.toArray(String[]::new)))))
                .because("who may read the trail is decided where the read is served, not by the trail");
    }

    /**
     * A business context (and the kernel's services) is boundary, control and entity, nothing else; beside them only
     * {@code contract}, the classes generated from a WSDL the context publishes.
     */
    static ArchRule contextsAreBoundaryControlEntity(String root) {
        return classes().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackages(root + ".shared..", root + "." + SEEDING + "..", root + ".web..",
                        root + ".ws..", root + ".*.contract..")
                .should().resideInAnyPackage(root + ".*.boundary", root + ".*.control", root + ".*.entity");
    }

    /** Persistent state is a context's own, in its entity package. */
    static ArchRule persistentStateLivesInEntityPackages(String root) {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                .should().resideInAPackage(root + ".*.entity");
    }

    /** Every REST resource runs a call again when its write lost a race, instead of answering 500. */
    static ArchRule restResourcesRetryLostRaces(String root) {
        return classes().that().resideInAPackage(root + ".ws..").and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().beAnnotatedWith(root + ".ws.common.rest.RetryOnConflict")
                .because("an optimistic-lock conflict must end as the operation's answer, for every operation at once");
    }

    static List<ArchRule> all(String root) {
        return List.of(contextsFormNoCycle(root), noFileCycleCrossesAPackage(root),
                reachOtherContextsOnlyThroughTheirBoundary(root), adaptersHoldNoPersistence(root),
                portalAndInterfacesAreApart(root), kernelImportsNoBusinessContext(root), nothingImportsTheSeeding(root),
                auditIsALeaf(root), contextsAreBoundaryControlEntity(root), persistentStateLivesInEntityPackages(root),
                restResourcesRetryLostRaces(root));
    }

    private static String[] kernelPackages(String root) {
        return KERNEL.stream().map(k -> root + "." + k + "..").toArray(String[]::new);
    }

    /** The first package below the root, or null outside it. */
    static String context(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** boundary, control or entity for a business context's class; null otherwise. */
    static String role(String root, JavaClass type) {
        String context = context(root, type);
        if (context == null || ADAPTERS.contains(context)) {
            return null;
        }
        String rest = type.getPackageName().substring(root.length() + 1 + context.length());
        String role = rest.startsWith(".") ? rest.substring(1).split("\\.")[0] : "";
        return ROLES.contains(role) ? role : null;
    }

    /** Strongly connected files (nested classes count as their file) whose members sit in more than one package. */
    private static final class FileCycles extends ArchCondition<JavaClass> {

        private final String root;
        private final Map<String, Set<String>> reported = new HashMap<>();

        FileCycles(String root) {
            super("be in no loop of files that crosses a package");
            this.root = root;
        }

        @Override
        public void init(Collection<JavaClass> all) {
            Map<String, Set<String>> edges = new HashMap<>();
            for (JavaClass type : all) {
                String from = file(type);
                Set<String> out = edges.computeIfAbsent(from, f -> new HashSet<>());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.getPackageName().startsWith(root + ".")) {
                        out.add(file(target));
                    }
                }
            }
            for (Set<String> component : new Tarjan(edges).components()) {
                Set<String> packages = new TreeSet<>();
                component.forEach(f -> packages.add(f.substring(0, f.lastIndexOf('.'))));
                if (packages.size() > 1) {
                    component.forEach(f -> reported.put(f, new TreeSet<>(component)));
                }
            }
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            Set<String> loop = reported.remove(file(item));
            if (loop != null) {
                loop.forEach(reported::remove);
                events.add(SimpleConditionEvent.violated(item, "files in a loop across packages: " + loop));
            }
        }

        private static String file(JavaClass type) {
            String name = type.getName();
            int nested = name.indexOf('$');
            return nested < 0 ? name : name.substring(0, nested);
        }
    }

    /** Tarjan's strongly connected components, iterative (the platform's graph is deep enough to matter). */
    private static final class Tarjan {

        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> components = new java.util.ArrayList<>();
        private int counter;

        Tarjan(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<Set<String>> components() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return components;
        }

        private void visit(String start) {
            Deque<Map.Entry<String, java.util.Iterator<String>>> work = new ArrayDeque<>();
            enter(start, work);
            while (!work.isEmpty()) {
                var frame = work.peek();
                String node = frame.getKey();
                if (frame.getValue().hasNext()) {
                    String next = frame.getValue().next();
                    if (!index.containsKey(next)) {
                        enter(next, work);
                    } else if (onStack.contains(next)) {
                        low.put(node, Math.min(low.get(node), index.get(next)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().getKey();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    Set<String> component = new HashSet<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    components.add(component);
                }
            }
        }

        private void enter(String node, Deque<Map.Entry<String, java.util.Iterator<String>>> work) {
            index.put(node, counter);
            low.put(node, counter++);
            stack.push(node);
            onStack.add(node);
            work.push(Map.entry(node, edges.getOrDefault(node, Set.of()).iterator()));
        }
    }
}
