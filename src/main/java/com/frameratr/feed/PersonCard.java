package com.frameratr.feed;

import com.frameratr.users.Member;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A user as feed items and notifications show them. */
record PersonCard(
        @Schema(example = "ada_l") String handle,
        @Schema(example = "Ada L.") @Nullable String displayName,
        @Nullable String photoUrl) {

    static PersonCard of(Member member) {
        return new PersonCard(member.handle(), member.displayName(), member.photoUrl());
    }
}
