/**
 * Conversations: comments and one level of replies under reviews and public lists, and reports of
 * reviews, comments and lists for an operator to look at.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "users", "social", "catalog", "reviews", "lists"})
package com.frameratr.comments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
