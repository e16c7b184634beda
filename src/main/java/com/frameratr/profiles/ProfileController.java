package com.frameratr.profiles;

import com.frameratr.users.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Profiles", description = "Users' public pages")
@RestController
class ProfileController {

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Operation(
            summary = "A user's profile",
            description =
                    "`handle`, `display_name`, `bio`, `photo_url`, `privacy`, `counts` (`films`, `films_this_year`,"
                            + " `reviews`, `lists`, `followers`, `following`), `favorites` (the four most recent),"
                            + " `recent_diary` (the last five viewings) and `rating_histogram`; with a token also"
                            + " `follow_status` (none | requested | following) and `blocked_by_me`. A private profile shows a"
                            + " stranger (and a requester not yet approved) only its card: handle, display name, photo,"
                            + " privacy and the follower counts. 404 for an unknown handle and for a user who blocks you.")
    @SecurityRequirement(name = "firebase")
    @GetMapping("/api/users/{handle}")
    ProfileResponse profile(@Parameter(hidden = true) Optional<CurrentUser> viewer, @PathVariable String handle) {
        return profiles.profile(viewer.map(CurrentUser::uid).orElse(null), handle);
    }
}
