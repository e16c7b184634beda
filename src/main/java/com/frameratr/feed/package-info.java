/**
 * What the people one follows did (the activity feed, read by fan-out over social's follows) and
 * what others did to one's own things (notifications). Both are written by synchronous listeners of
 * the other modules' events, in the transaction of the fact itself.
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
            "lists",
            "diary",
            "comments"
        })
package com.frameratr.feed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
