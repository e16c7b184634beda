package com.frameratr.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Service", description = "Health and discovery of the API itself")
@RestController
class ServiceController {

    private final String version;

    ServiceController(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        this.version = build == null ? "dev" : build.getVersion();
    }

    record HealthResponse(boolean ok) {}

    record IndexResponse(String service, String version, String docs, String openapi, String health) {}

    @Operation(
            summary = "Liveness",
            description = "The load balancer's health check. Stays 200 while the process can serve, even when"
                    + " the database is briefly unreachable, so ECS does not replace healthy tasks.")
    @GetMapping("/health")
    HealthResponse health() {
        return new HealthResponse(true);
    }

    @Operation(summary = "API index", description = "Service name, version and where the docs are.")
    @GetMapping("/")
    IndexResponse index() {
        return new IndexResponse("frameratr-backend", version, "/docs", "/v3/api-docs", "/health");
    }
}
