/**
 * The shared kernel every feature uses, in named parts: {@code problems} (the problem+json error
 * shape and the domain exceptions it maps from), {@code web} (request ids, CORS, request slots,
 * body reading, trusted proxies, per-client keys, JSON and OpenAPI settings), {@code paging} (pages,
 * cursors), {@code jdbc} (database settings, migrations and the app role, read timeouts, referenced
 * rows), {@code jobs} (jobs that run once per interval for the whole deployment) and
 * {@code embedded} (the local PostgreSQL). An open module: features use its parts
 * directly. Depends on no feature.
 */
@NullMarked
@ApplicationModule(
        type = ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package com.frameratr.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
