package uk.police.ecu.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseworkApplication.class, args);
    }
}
