/** Per-user limits on stored things, declared by each feature and stated to clients in one place. */
@NullMarked
package com.frameratr.platform.limits;

import org.jspecify.annotations.NullMarked;
