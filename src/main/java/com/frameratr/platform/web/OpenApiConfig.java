package com.frameratr.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description behind {@code /docs}. Every operation also documents the problem+json
 * errors all endpoints share, with an example, so that the error contract is visible once per path.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI frameRatrOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("FrameRatr API")
                        .version("2")
                        .description("Movie and TV discovery, ratings, reviews and favorites. Errors are"
                                + " RFC 9457 problem+json with an extra `error` member. Lists are JSON arrays"
                                + " paged with `page`/`limit`, `X-Total-Count` and `Link`.")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(
                                "firebase",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A Firebase ID token; locally, one from POST /api/dev/token")));
    }

    @Bean
    OpenApiCustomizer commonProblemResponses() {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("400", "Invalid parameter or body; `errors` names each field and why");
        common.put("404", "Unknown path or id");
        common.put(
                "429", "Over a per-client limit (requests in flight, writes, TMDb lookups); retry after `Retry-After`");
        common.put("500", "Unexpected error; the body says nothing of its cause");
        common.put(
                "503",
                "Database or upstream temporarily unavailable, or the service is overloaded; retry after `Retry-After` seconds");
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    ApiResponses responses = operation.getResponses();
                    common.forEach((status, description) -> {
                        if (!responses.containsKey(status)) {
                            responses.addApiResponse(status, problemResponse(status, description));
                        }
                    });
                }));
    }

    /** An example body per status: type, title and detail as the handler writes them. */
    private record Example(String type, String title, String detail) {}

    private static final Map<String, Example> EXAMPLES = Map.of(
            "400", new Example("invalid-parameter", "Bad Request", "limit: must be between 1 and 100"),
            "404", new Example("not-found", "Not Found", "Movie 999999 is not in the catalog"),
            "429", new Example("rate-limited", "Too Many Requests", "Too many changes in a short time; slow down"),
            "500", new Example("internal", "Internal Server Error", "An unexpected error occurred"),
            "503",
                    new Example(
                            "overloaded",
                            "Service Unavailable",
                            "The service is busy; retry after Retry-After seconds"));

    private static ApiResponse problemResponse(String status, String description) {
        Example example = EXAMPLES.get(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:frameratr:problem:" + example.type());
        body.put("title", example.title());
        body.put("status", Integer.parseInt(status));
        body.put("detail", example.detail());
        body.put("error", example.detail());
        body.put("instance", "/api/movies");
        body.put("request_id", "3f1c2a9e-6d0b-4b53-9a57-1f2a8c4e7b10");
        MediaType mediaType = new MediaType()
                .schema(new ObjectSchema().$ref("#/components/schemas/" + PROBLEM))
                .example(body);
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json", mediaType));
    }

    private static ObjectSchema problemSchema() {
        ObjectSchema schema = new ObjectSchema();
        schema.description("RFC 9457 problem details");
        schema.addProperty("type", new StringSchema().example("urn:frameratr:problem:not-found"));
        schema.addProperty("title", new StringSchema().example("Not Found"));
        schema.addProperty("status", new IntegerSchema().example(404));
        schema.addProperty("detail", new StringSchema().example("Movie 999999 is not in the catalog"));
        schema.addProperty(
                "error", new StringSchema().description("same as detail; read by the first version's clients"));
        schema.addProperty("instance", new StringSchema().example("/api/movies/999999"));
        schema.addProperty("request_id", new StringSchema().description("the X-Request-Id of the request"));
        schema.addProperty(
                "errors",
                new io.swagger.v3.oas.models.media.ArraySchema()
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())));
        return schema;
    }
}
