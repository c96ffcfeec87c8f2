package uk.police.ecu.casework.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI caseworkApi() {
        return new OpenAPI().info(new Info()
                .title("ECU Casework API")
                .description("Fraud triage, victim care referrals and Offender to Recovery. "
                        + "Session login (POST /api/auth/login); state-changing calls need the X-ECU-XSRF-TOKEN header.")
                .version("v1"));
    }
}
