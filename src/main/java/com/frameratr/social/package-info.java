/**
 * The social graph: follows (approved, or requested of a private profile), blocks, and the one place
 * that decides who may see a user's content ({@link com.frameratr.social.Visibility}). Other
 * features ask it before showing another user's diary, ratings, reviews, lists or activity.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "users"})
package com.frameratr.social;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
