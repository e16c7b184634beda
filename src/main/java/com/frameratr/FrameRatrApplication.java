package com.frameratr;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrameRatrApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(args));
        }
        SpringApplication.run(FrameRatrApplication.class, args);
    }

    /**
     * {@code import ...}: the catalog import command (catalog.ImportCommand), without a web server.
     * Its own shutdown hook closes the context once the title in progress is written.
     */
    private static int runImport(String[] args) {
        SpringApplication application = new SpringApplication(FrameRatrApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setRegisterShutdownHook(false);
        application.setDefaultProperties(Map.of("frameratr.command", "import"));
        return SpringApplication.exit(application.run(args));
    }
}
