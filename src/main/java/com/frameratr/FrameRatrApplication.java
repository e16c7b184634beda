package com.frameratr;

import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.SpringProperties;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class FrameRatrApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(args));
        }
        if (args.length > 0 && args[0].equals("migrate")) {
            System.exit(runMigrate(args));
        }
        SpringApplication.run(FrameRatrApplication.class, args);
    }

    /**
     * The commands' beans are chosen by {@code frameratr.command}, a condition that Spring AOT
     * (the {@code -Dproduction} build) decided at build time for the server. A one-off command is
     * not worth a second AOT pass, so it evaluates its conditions at run time, even when the
     * image's entry point says {@code -Dspring.aot.enabled=true}.
     */
    static void withoutBuildTimeBeanDefinitions() {
        SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
    }

    /**
     * {@code import ...}: the catalog import command (catalog.SyncCommand), without a web server.
     * Its own shutdown hook closes the context once the title in progress is written.
     */
    private static int runImport(String[] args) {
        withoutBuildTimeBeanDefinitions();
        SpringApplication application = new SpringApplication(FrameRatrApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(false);
        application.setDefaultProperties(Map.of("frameratr.command", "import"));
        return SpringApplication.exit(application.run(args));
    }

    /**
     * {@code migrate}: applies the migrations and gives the app role its password
     * (platform.MigrateCommand), without a web server; whatever DB_MIGRATIONS says, it applies.
     */
    static int runMigrate(String[] args) {
        withoutBuildTimeBeanDefinitions();
        SpringApplication application = new SpringApplication(FrameRatrApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try {
            return SpringApplication.exit(application.run(withMigrationArguments(args)));
        } catch (RuntimeException failed) {
            return 1;
        }
    }

    private static String[] withMigrationArguments(String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--frameratr.command=migrate";
        all[args.length + 1] = "--DB_MIGRATIONS=apply";
        return all;
    }
}
