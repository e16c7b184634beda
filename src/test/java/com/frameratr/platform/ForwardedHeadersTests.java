package com.frameratr.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.frameratr.support.Api;
import com.frameratr.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import probe.ProbeController;

/**
 * X-Forwarded-For and -Proto count only from the load balancer (TRUSTED_PROXY_CIDRS); HSTS is sent
 * when the original request was HTTPS.
 */
class ForwardedHeadersTests {

    static final String HSTS = "Strict-Transport-Security";

    @Nested
    @IntegrationTest
    @Import(ProbeController.class)
    @TestPropertySource(properties = "TRUSTED_PROXY_CIDRS=127.0.0.0/8, ::1/128")
    class BehindTheLoadBalancer {

        @Autowired
        Api api;

        @Test
        void clientAddressIsTheOneTheLoadBalancerSaw() {
            var client =
                    api.get("/test/client", "X-Forwarded-For", "198.51.100.7").json();

            assertThat(client.get("remote_addr").asString()).isEqualTo("198.51.100.7");
        }

        @Test
        void addressesAClientPutInFrontOfTheLoadBalancersAreIgnored() {
            var client = api.get("/test/client", "X-Forwarded-For", "6.6.6.6, 198.51.100.7")
                    .json();

            assertThat(client.get("remote_addr").asString()).isEqualTo("198.51.100.7");
        }

        @Test
        void httpsAtTheLoadBalancerMakesTheRequestSecureAndSendsHsts() {
            var client = api.get("/test/client", "X-Forwarded-Proto", "https");
            var movies = api.get("/api/movies", "X-Forwarded-Proto", "https");

            assertThat(client.json().get("secure").asBoolean()).isTrue();
            assertThat(client.json().get("scheme").asString()).isEqualTo("https");
            assertThat(movies.header(HSTS)).isEqualTo("max-age=31536000 ; includeSubDomains");
        }

        @Test
        void plainHttpGetsNoHsts() {
            assertThat(api.get("/api/movies", "X-Forwarded-Proto", "http").header(HSTS))
                    .isNull();
            assertThat(api.get("/api/movies").header(HSTS)).isNull();
        }
    }

    @Nested
    @IntegrationTest
    @Import(ProbeController.class)
    class WithoutTrustedProxies {

        @Autowired
        Api api;

        @Test
        void forwardedHeadersAreIgnored() {
            var client = api.get("/test/client", "X-Forwarded-For", "198.51.100.7", "X-Forwarded-Proto", "https")
                    .json();

            assertThat(client.get("remote_addr").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(client.get("secure").asBoolean()).isFalse();
        }

        @Test
        void claimedHttpsGetsNoHsts() {
            assertThat(api.get("/api/movies", "X-Forwarded-Proto", "https").header(HSTS))
                    .isNull();
        }
    }
}
