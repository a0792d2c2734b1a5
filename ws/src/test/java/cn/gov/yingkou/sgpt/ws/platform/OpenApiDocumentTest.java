package cn.gov.yingkou.sgpt.ws.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import cn.gov.yingkou.sgpt.ws.calendar.CalendarResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueChangesResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueNoticeResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueResource;
import cn.gov.yingkou.sgpt.ws.catalogue.ImplementationListResource;
import cn.gov.yingkou.sgpt.ws.catalogue.ItemListVersionResource;
import cn.gov.yingkou.sgpt.ws.catalogue.PushListResource;
import cn.gov.yingkou.sgpt.ws.common.security.SystemAuthenticationFilter;
import cn.gov.yingkou.sgpt.ws.exchange.ExchangeResource;
import cn.gov.yingkou.sgpt.ws.licensing.LicensingResource;
import cn.gov.yingkou.sgpt.ws.penalty.PenaltyResource;
import cn.gov.yingkou.sgpt.ws.supervision.ComplaintResource;
import cn.gov.yingkou.sgpt.ws.supervision.SupervisionResource;
import cn.gov.yingkou.sgpt.ws.transfer.TransferResource;

/**
 * The hand-kept OpenAPI document and the JAX-RS resources describe the same API, both ways: every path and method, every
 * path and query parameter, whether a body is taken, and the statuses the platform's shared machinery answers.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(PlatformResource.class, OpenApiResource.class, CalendarResource.class,
            CatalogueResource.class, ItemListVersionResource.class, ImplementationListResource.class, PushListResource.class,
            CatalogueNoticeResource.class, CatalogueChangesResource.class, LicensingResource.class,
            ExchangeResource.class, PenaltyResource.class, TransferResource.class, SupervisionResource.class,
            ComplaintResource.class);

    /** Every status something in the REST stack answers (ApiExceptionMapper, the filters, the resources). */
    private static final Set<String> ANSWERABLE = Set.of("200", "201", "204", "400", "401", "403", "404", "405", "406",
            "409", "413", "415", "422", "500", "503");

    /** Path parameters that are values (a day, a year), not records that may be missing. */
    private static final Set<String> VALUES = Set.of("date", "year");

    /** An operation: its parameters by where they are, whether it takes a body, its statuses, whether it is open. */
    record Operation(Set<String> pathParameters, Set<String> queryParameters, boolean body, Set<String> statuses,
            boolean open, String success) {
    }

    private static Map<String, Operation> documented;
    private static Map<String, Operation> served;

    @BeforeAll
    static void read() throws IOException {
        documented = documented();
        served = served();
    }

    @Test
    void theSamePathsAndMethods() {
        assertEquals(served.keySet(), documented.keySet());
    }

    @Test
    void theSameParametersAndBodies() {
        List<String> differences = new ArrayList<>();
        served.forEach((operation, server) -> {
            Operation document = documented.get(operation);
            if (document == null) {
                return;
            }
            if (!server.pathParameters().equals(document.pathParameters())) {
                differences.add(operation + " path parameters: served " + server.pathParameters() + ", documented "
                        + document.pathParameters());
            }
            if (!server.queryParameters().equals(document.queryParameters())) {
                differences.add(operation + " query parameters: served " + server.queryParameters() + ", documented "
                        + document.queryParameters());
            }
            if (server.body() != document.body()) {
                differences.add(operation + " body: served " + server.body() + ", documented " + document.body());
            }
        });
        assertEquals(List.of(), differences);
    }

    @Test
    void theStatusesTheSharedMachineryAnswers() {
        List<String> differences = new ArrayList<>();
        served.forEach((operation, server) -> {
            Operation document = documented.get(operation);
            if (document == null) {
                return;
            }
            Set<String> statuses = document.statuses();
            statuses.stream().filter(s -> !ANSWERABLE.contains(s)).forEach(s -> differences.add(operation + " documents " + s
                    + ", which nothing answers"));
            Set<String> successes = new TreeSet<>(statuses.stream().filter(s -> s.startsWith("2")).toList());
            if (server.success() != null && !successes.equals(Set.of(server.success()))) {
                differences.add(operation + " succeeds with " + server.success() + " only; documented " + successes);
            }
            if (server.success() == null && successes.isEmpty()) {
                differences.add(operation + " documents no success");
            }
            if (server.open() != document.open()) {
                differences.add(operation + " open: served " + server.open() + ", documented " + document.open());
            }
            require(differences, operation, statuses, !server.open(), "401", "403");
            require(differences, operation, statuses, server.pathParameters().stream().anyMatch(p -> !VALUES.contains(p)),
                    "404");
            require(differences, operation, statuses, !server.queryParameters().isEmpty() || server.body(), "400");
            require(differences, operation, statuses, server.body(), "413");
        });
        assertEquals(List.of(), differences);
    }

    private static void require(List<String> differences, String operation, Set<String> statuses, boolean when,
            String... required) {
        for (String status : required) {
            if (when && !statuses.contains(status)) {
                differences.add(operation + " does not document " + status);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Operation> documented() throws IOException {
        Map<String, Object> document;
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "OpenAPI document on the classpath");
            document = new Yaml().load(in);
        }
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        Map<String, Object> sharedParameters = components == null ? Map.of()
                : (Map<String, Object>) components.getOrDefault("parameters", Map.of());
        Map<String, Operation> operations = new TreeMap<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, value) -> {
            if (method.equals("parameters") || !(value instanceof Map<?, ?>)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            Set<String> inPath = new TreeSet<>();
            Set<String> inQuery = new TreeSet<>();
            List<Object> parameters = new ArrayList<>((List<Object>) item.getOrDefault("parameters", List.of()));
            parameters.addAll((List<Object>) operation.getOrDefault("parameters", List.of()));
            for (Object parameter : parameters) {
                Map<String, Object> p = (Map<String, Object>) parameter;
                if (p.containsKey("$ref")) {
                    String ref = (String) p.get("$ref");
                    p = (Map<String, Object>) sharedParameters.get(ref.substring(ref.lastIndexOf('/') + 1));
                }
                ("path".equals(p.get("in")) ? inPath : inQuery).add(String.valueOf(p.get("name")));
            }
            Set<String> statuses = new TreeSet<>();
            ((Map<Object, Object>) operation.get("responses")).keySet().forEach(k -> statuses.add(String.valueOf(k)));
            boolean open = operation.get("security") instanceof List<?> security && security.isEmpty();
            operations.put(method.toUpperCase() + " " + path, new Operation(inPath, inQuery,
                    operation.containsKey("requestBody"), statuses, open, null));
        }));
        return operations;
    }

    private static Map<String, Operation> served() {
        Map<String, Operation> operations = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                Set<String> inPath = new TreeSet<>();
                Set<String> inQuery = new TreeSet<>();
                boolean body = false;
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(PathParam.class)) {
                        inPath.add(parameter.getAnnotation(PathParam.class).value());
                    } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                        inQuery.add(parameter.getAnnotation(QueryParam.class).value());
                    } else if (parameter.getAnnotations().length == 0) {
                        body = true;
                    }
                }
                String success = method.getReturnType() == Response.class ? null
                        : method.getReturnType() == void.class ? "204" : "200";
                operations.put(verb + " " + path, new Operation(inPath, inQuery, body, Set.of(),
                        SystemAuthenticationFilter.isOpen(path.substring(1)), success));
            }
        }
        return operations;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void theOpenPathsAreTheMonitoringAndDescriptionOnes() {
        assertTrue(served.values().stream().filter(Operation::open).count() == 3, served.toString());
    }
}
