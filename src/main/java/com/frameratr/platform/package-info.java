/**
 * Cross-cutting pieces every feature uses: problem+json errors and the exception types they map
 * from, paging, request ids, web configuration, the start-up banner and the embedded database.
 * Depends on no feature.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package com.frameratr.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
