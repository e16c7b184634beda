package com.frameratr.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the shared {@link FakeTmdb} before Spring builds the context that points at it. */
final class FakeTmdbExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        FakeTmdb.start();
    }
}
