package com.frameratr.platform.web;

import com.frameratr.platform.jdbc.DatabaseDescription;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One readable line when the service is ready: where it listens, its docs, its database, start-up time. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DatabaseDescription database;

    StartupBanner(DatabaseDescription database) {
        this.database = database;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        log.info(
                "FrameRatr ready: http://localhost:{}  docs http://localhost:{}/docs  database {}  started in {} s",
                port,
                port,
                database.describe(),
                String.format(Locale.ROOT, "%.1f", seconds));
    }
}
