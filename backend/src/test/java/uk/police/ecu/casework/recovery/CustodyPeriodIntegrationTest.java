package uk.police.ecu.casework.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.ApiClient;
import uk.police.ecu.casework.IntegrationTest;

/** Spells in custody recorded on a Birmingham participant by the area's O2R officer and drug worker. */
@IntegrationTest
class CustodyPeriodIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ParticipantRepository participants;

    @Autowired
    ProgrammeCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    private LocalDate today;
    private String reference;
    private String path;

    @BeforeEach
    void referSomeone() {
        today = calendar.today();
        reference = participants.nextReference();
        participants.insert(reference, new ParticipantService.Referral("Custody Person", LocalDate.of(1979, 5, 5),
                null, "birmingham", null, ParticipantService.ReferralSource.OFFICER,
                ParticipantService.SubstanceMisuse.DRUGS, null, List.of(), null), today.minusMonths(3), "test");
        path = "/api/recovery/participants/" + reference + "/custody-periods";
    }

    @Test
    void shouldRecordSpellsBeforeAndDuringTheProgramme_andListThemInOrder() {
        ApiClient officer = ApiClient.signedIn(port, "o2r.officer");
        ApiClient.Response recent = officer.post(path, spell(today.minusDays(20), null, "Prison release notice"));
        ApiClient.Response earlier = ApiClient.signedIn(port, "drug.worker")
                .post(path, spell(today.minusYears(1), today.minusYears(1).plusDays(13), "PNC"));

        assertThat(recent.status()).isEqualTo(201);
        assertThat(earlier.status()).isEqualTo(201);
        JsonNode listed = officer.get(path).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("startedOn").asText()).isEqualTo(today.minusYears(1).toString());
        assertThat(listed.get(0).get("recordedBy").asText()).isEqualTo("drug.worker");
        assertThat(listed.get(1).path("endedOn").asText(null)).as("still inside").isNull();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE operation = 'ALTERATION' AND :reference = ANY(record_ids)
                  AND details->>'custodyPeriod' IS NOT NULL""").param("reference", reference).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void shouldRefuseASpellOverlappingAnother_orEndingBeforeItStarts_orInTheFuture() {
        ApiClient officer = ApiClient.signedIn(port, "o2r.officer");
        officer.post(path, spell(today.minusDays(60), today.minusDays(40), "PNC"));

        ApiClient.Response overlapping = officer.post(path, spell(today.minusDays(45), today.minusDays(30), "PNC"));
        ApiClient.Response backwards = officer.post(path, spell(today.minusDays(10), today.minusDays(12), "PNC"));
        ApiClient.Response future = officer.post(path, spell(today.plusDays(1), null, "PNC"));
        ApiClient.Response stillInsideAcrossIt = officer.post(path, spell(today.minusDays(70), null, "PNC"));

        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.body()).contains("overlaps a spell in custody");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("cannot be before its start");
        assertThat(future.status()).isEqualTo(400);
        assertThat(stillInsideAcrossIt.status()).isEqualTo(400);
        assertThat(officer.get(path).json()).hasSize(1);
    }

    @Test
    void shouldRefuseAnotherAreasDrugWorker() {
        assertThat(ApiClient.signedIn(port, "drug.worker.coventry").get(path).status()).isEqualTo(403);
    }

    private static Map<String, Object> spell(LocalDate from, LocalDate to, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("startedOn", from.toString());
        body.put("endedOn", to == null ? null : to.toString());
        body.put("source", source);
        return body;
    }
}
