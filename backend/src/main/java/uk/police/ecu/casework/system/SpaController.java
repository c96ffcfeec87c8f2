package uk.police.ecu.casework.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the single-page app's index for its client-side routes (deep links and reloads). */
@Controller
class SpaController {

    @GetMapping({"/", "/login", "/tasks/**", "/cases/**", "/fraud/**", "/victims/**", "/victim-care/**",
            "/recovery/**", "/sla/**", "/admin/**", "/audit/**"})
    String index() {
        return "forward:/index.html";
    }
}
