package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OpenApiDocsTests {

    @Autowired
    Api api;

    @Test
    void swaggerUiIsServedUnderDocs() {
        var response = api.get("/docs");

        assertThat(response.status()).isEqualTo(302);
        assertThat(api.get(response.header("Location")).status()).isEqualTo(200);
    }

    @Test
    void everyOperationIsDescribedWithItsErrors() {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        // one operation per kind of request, with the kind as a path variable of two values
        assertThat(paths.has("/api/{kind}")).isTrue();
        assertThat(paths.has("/api/{kind}/{id}/reviews")).isTrue();
        assertThat(paths.has("/api/movies")).isFalse();
        assertThat(paths.at("/~1api~1{kind}~1{id}/get/parameters/0/schema/enum").toString())
                .isEqualTo("[\"movies\",\"tv\"]");
        assertThat(paths.has("/error")).isFalse();
        assertThat(paths.has("/users")).as("the first version's sign-up call").isTrue();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode op = operation.getValue();
                    assertThat(op.path("summary").asString(""))
                            .as(path.getKey())
                            .isNotBlank();
                    assertThat(op.get("responses").has("400")).as(path.getKey()).isTrue();
                    assertThat(op.get("responses").has("500")).as(path.getKey()).isTrue();
                    assertThat(op.at("/responses/429/content/application~1problem+json/example/type")
                                    .asString())
                            .as(path.getKey())
                            .isEqualTo("urn:frameratr:problem:rate-limited");
                }));
    }

    @Test
    void listParametersCarryTheirBounds() {
        JsonNode parameters = api.get("/v3/api-docs").json().at("/paths/~1api~1{kind}/get/parameters");

        assertThat(parameters.toString())
                .contains("\"maximum\":100")
                .contains("\"maxLength\":200")
                .contains("\"cursor\"");
    }
}
