package com.frameratr.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The first version's sign-up call, outside {@code /api}: the web app's sign-up page still sends it. */
@Tag(name = "Me", description = "The signed-in user's profile")
@SecurityRequirement(name = "firebase")
@RestController
class SignUpController {

    private final UserService users;
    private final UnreadCount unread;

    SignUpController(UserService users, UnreadCount unread) {
        this.users = users;
        this.unread = unread;
    }

    @Operation(
            summary = "Register the signed-in user (first version's form)",
            description = "Idempotent upsert of the profile after Firebase created the account: `display_name` and"
                    + " `photo_url` from the body replace the stored ones, absent fields stay; the e-mail is the"
                    + " token's when it has one; the body's `uid` is ignored (the token's uid is the user).")
    @PostMapping("/users")
    MeResponse signUp(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody SignUpForm form) {
        return MeResponse.from(users.signUp(user, form), unread.of(user));
    }
}
