package cn.gov.yingkou.sgpt.ws.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import cn.gov.yingkou.sgpt.ws.calendar.CalendarResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueChangesResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueNoticeResource;
import cn.gov.yingkou.sgpt.ws.catalogue.CatalogueResource;
import cn.gov.yingkou.sgpt.ws.catalogue.ImplementationListResource;
import cn.gov.yingkou.sgpt.ws.catalogue.ItemListVersionResource;
import cn.gov.yingkou.sgpt.ws.catalogue.PushListResource;
import cn.gov.yingkou.sgpt.ws.exchange.ExchangeResource;
import cn.gov.yingkou.sgpt.ws.licensing.LicensingResource;

/** The hand-kept OpenAPI document and the JAX-RS resources describe the same paths. */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(PlatformResource.class, OpenApiResource.class, CalendarResource.class,
            CatalogueResource.class, ItemListVersionResource.class, ImplementationListResource.class, PushListResource.class,
            CatalogueNoticeResource.class, CatalogueChangesResource.class, LicensingResource.class,
            ExchangeResource.class);

    @Test
    void documentAndResourcesListTheSamePaths() throws IOException {
        assertEquals(resourcePaths(), documentedPaths());
    }

    private static Set<String> documentedPaths() throws IOException {
        Set<String> paths = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            assertNotNull(in, "OpenAPI document on the classpath");
            boolean inPaths = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith(" ")) {
                    inPaths = line.startsWith("paths:");
                } else if (inPaths && line.matches("^  /[^ ]*:\\s*$")) {
                    paths.add(line.strip().replaceAll(":$", ""));
                }
            }
        }
        return paths;
    }

    private static Set<String> resourcePaths() {
        Set<String> paths = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                boolean http = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
                if (http) {
                    Path sub = method.getAnnotation(Path.class);
                    paths.add(join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        return paths;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
