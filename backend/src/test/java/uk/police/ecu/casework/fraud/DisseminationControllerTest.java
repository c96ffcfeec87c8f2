package uk.police.ecu.casework.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

@IntegrationTest
@DisplayName("POST /api/fraud/disseminations")
class DisseminationControllerTest {

    @LocalServerPort
    int port;

    @Test
    void shouldNameEachFieldThatIsWrong() {
        ApiClient.Response response = ApiClient.signedIn(port, "ecu.officer").post("/api/fraud/disseminations",
                Map.of("crimeReference", "x", "nfibCode", "FRAUD", "victimName", " "));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValuesAsText("field"))
                .containsExactly("crimeReference", "nfibCode", "reportedDate", "victimName", "victimType");
        assertThat(response.json().toString()).contains("must be an NFIB code such as NFIB1D");
    }

    @Test
    void shouldRefuseASecondStartOfTheSameCrime() {
        ApiClient officer = ApiClient.signedIn(port, "ecu.officer");
        Map<String, Object> dissemination = Map.of("crimeReference", "NFRC-DUP-0001", "reportedDate", "2026-10-01",
                "nfibCode", "NFIB2A", "victimType", "individual", "victimName", "Lena Brooks");

        assertThat(officer.post("/api/fraud/disseminations", dissemination).status()).isEqualTo(201);
        ApiClient.Response again = officer.post("/api/fraud/disseminations", dissemination);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText())
                .isEqualTo("Crime NFRC-DUP-0001 is already known with the same content; it was not started again");
    }
}
