package com.frameratr.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exists only in dev mode ({@link AuthMode}): mints tokens so every endpoint can be tried locally. */
@Tag(name = "Local development", description = "Only when FIREBASE_PROJECT_ID is not set")
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Conditional(AuthMode.DevIssuerEnabled.class)
class DevTokenController {

    private final DevTokenIssuer issuer;
    private final FirebaseProperties properties;

    DevTokenController(DevTokenIssuer issuer, FirebaseProperties properties) {
        this.issuer = issuer;
        this.properties = properties;
    }

    record MintTokenRequest(
            @Schema(example = "dev-user-1") @NotBlank @Size(max = 128)
            String uid,

            @Schema(example = "ada@example.com") @Email @Size(max = 320) @Nullable
            String email,

            @Schema(example = "Ada") @Size(max = 100) @Nullable
            String name) {}

    record TokenResponse(String idToken, long expiresIn) {}

    @Operation(
            summary = "Mint a local ID token",
            description = "Local runs only. Use the `id_token` as `Authorization: Bearer <id_token>` (the Authorize"
                    + " button of Swagger UI). Signed with a key made at start-up; invalid after a restart.")
    @PostMapping("/api/dev/token")
    TokenResponse mint(@Valid @RequestBody MintTokenRequest request) {
        String token = issuer.mint(request.uid(), request.email(), request.name());
        return new TokenResponse(token, properties.devTokenLifetime().toSeconds());
    }
}
