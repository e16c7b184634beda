package com.frameratr.users;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * The public keys of the local dev issuer, the only keys trusted in dev mode. An interface so that
 * the production build, which leaves the issuer's classes out, still compiles.
 */
interface LocalTokenKeys {
    JWKSet publicKeys();
}
