package com.frameratr.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in user's profile")
@SecurityRequirement(name = "firebase")
@RestController
@RequestMapping("/api/me")
class MeController {

    private final UserService users;
    private final UnreadCount unread;

    MeController(UserService users, UnreadCount unread) {
        this.users = users;
        this.unread = unread;
    }

    @Operation(
            summary = "The signed-in user",
            description = "Creates the user on first call, then keeps the email in step with the token. Name and"
                    + " picture from the token only fill fields the user has not set. `unread_count`: the"
                    + " notifications not read yet (`GET /api/me/notifications`).")
    @GetMapping
    MeResponse me(@Parameter(hidden = true) CurrentUser user) {
        return MeResponse.from(users.signIn(user), unread.of(user));
    }

    @Operation(
            summary = "Change the profile",
            description = "`handle` (stored lower case; 409 `handle-taken` when another user has it, ignoring case),"
                    + " `display_name`, `bio`, `photo_url`; absent fields stay.")
    @PatchMapping
    MeResponse update(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody ProfileChanges changes) {
        return MeResponse.from(users.update(user, changes), unread.of(user));
    }

    @Operation(
            summary = "Delete the account's data",
            description = "Removes the profile, ratings (statistics are corrected), reviews and favorites. Idempotent.")
    @DeleteMapping
    Map<String, Boolean> delete(@Parameter(hidden = true) CurrentUser user) {
        users.delete(user);
        return Map.of("ok", true);
    }
}
