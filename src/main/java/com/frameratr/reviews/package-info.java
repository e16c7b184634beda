/** Users' reviews of titles (one per user and title, with a spoiler flag) and their listings. */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users", "ratings", "social"})
package com.frameratr.reviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
