package com.frameratr.users;

import com.frameratr.platform.web.VisibleText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Body of the first version's {@code POST /users}, sent by the sign-up page after Firebase created
 * the account. The {@code uid} in it is ignored: the token's uid is the user.
 */
record SignUpForm(
        @Schema(description = "ignored: the token's uid wins", example = "hY3kP0XoQ2bKc9s1") @Size(max = 128) @Nullable
        String uid,

        @Schema(example = "ada@example.com") @Email @Size(max = 320) @Nullable
        String email,

        @Schema(example = "Ada L.") @Size(min = 1, max = 100) @VisibleText @Nullable
        String displayName,

        @Schema(example = "https://example.com/ada.png")
        @Size(max = 2048)
        @Pattern(regexp = "^https://\\S+$", message = "must be an https URL")
        @Nullable
        String photoUrl) {}
