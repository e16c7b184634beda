package com.frameratr.platform.jdbc;

/** How the log names the database in use, without credentials. */
@FunctionalInterface
public interface DatabaseDescription {
    String describe();
}
