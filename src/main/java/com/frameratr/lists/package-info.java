/** Users' named lists of titles ("my lists" in the web app). */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "catalog", "users"})
package com.frameratr.lists;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
