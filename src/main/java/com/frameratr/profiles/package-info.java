/**
 * Public profiles: the read-side composition of a user's page ({@code GET /api/users/{handle}}) from
 * users, the social graph (what the viewer may see), the diary, reviews, lists, ratings and
 * favorites. It owns no table.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "users",
            "social",
            "catalog",
            "ratings",
            "reviews",
            "library",
            "lists",
            "diary"
        })
package com.frameratr.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
