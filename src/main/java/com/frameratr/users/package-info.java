/**
 * FrameRatr's users: their profiles keyed by Firebase uid, and (with the authentication work) token
 * verification and {@code /api/me}. Other features reach it through {@link com.frameratr.users.Users}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform"})
package com.frameratr.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
