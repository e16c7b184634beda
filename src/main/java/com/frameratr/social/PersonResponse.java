package com.frameratr.social;

import com.frameratr.users.Member;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A user in a list of followers, followees, requests or blocks: their card and since when. */
record PersonResponse(
        @Schema(example = "ada_l") String handle,
        @Schema(example = "Ada L.") @Nullable String displayName,
        @Nullable String photoUrl,

        @Schema(example = "public", description = "public | private")
        String privacy,

        @Schema(description = "when the follow, request or block began")
        OffsetDateTime since) {

    static PersonResponse of(Member member, OffsetDateTime since) {
        return new PersonResponse(
                member.handle(),
                member.displayName(),
                member.photoUrl(),
                member.privateProfile() ? "private" : "public",
                since);
    }
}
