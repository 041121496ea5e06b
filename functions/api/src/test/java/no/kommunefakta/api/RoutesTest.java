package no.kommunefakta.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.funqy.Funq;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/** The route list, the functions' {@code @Funq} names and the OpenAPI document agree. */
class RoutesTest {

    @Test
    void everyFunctionOfTheAppIsARouteAndEveryRouteAFunction() throws Exception {
        Index index;
        try (InputStream in = RoutesTest.class.getResourceAsStream("/META-INF/jandex.idx")) {
            assertThat(in).as("jandex index of the main classes").isNotNull();
            index = new IndexReader(in).read();
        }
        Map<String, String> funqNames = new TreeMap<>();
        for (AnnotationInstance funq : index.getAnnotations(DotName.createSimple(Funq.class))) {
            var method = funq.target().asMethod();
            String name = funq.value() == null ? method.name() : funq.value().asString();
            funqNames.put(name, method.declaringClass().simpleName());
        }

        assertThat(funqNames.keySet()).containsExactlyInAnyOrderElementsOf(names(Routes.ALL));
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesEachAsPostWithItsName() throws Exception {
        JsonNode paths;
        try (InputStream in = RoutesTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            paths = new YAMLMapper().readTree(in).path("paths");
        }
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrderElementsOf(Routes.ALL.stream().map(Routes.Route::path).toList());
        for (Routes.Route route : Routes.ALL) {
            JsonNode operations = paths.path(route.path());
            List<String> methods = new ArrayList<>();
            operations.fieldNames().forEachRemaining(methods::add);
            assertThat(methods).as(route.path()).containsExactly("post");
            assertThat(operations.path("post").path("operationId").asText()).isEqualTo(route.name());
            assertThat(operations.path("post").has("requestBody")).as(route.path() + " takes a body")
                    .isEqualTo(route.requestType().isPresent());
        }
    }

    @Test
    void theDeployedFunctionsAreTheRoutesWithABody() {
        assertThat(names(Routes.FUNCTIONS)).containsExactly("validatePosting", "validateFile", "allocateInternalRent");
        assertThat(Routes.FUNCTIONS).allSatisfy(r -> assertThat(r.requestType()).isPresent());
        assertThat(Routes.forPath("/validateFile")).map(Routes.Route::routeKey).hasValue("POST /validateFile");
        assertThat(Routes.forPath("/nothing")).isEmpty();
    }

    private static List<String> names(List<Routes.Route> routes) {
        return routes.stream().map(Routes.Route::name).toList();
    }
}
