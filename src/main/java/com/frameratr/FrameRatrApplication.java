package com.frameratr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrameRatrApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrameRatrApplication.class, args);
    }
}
