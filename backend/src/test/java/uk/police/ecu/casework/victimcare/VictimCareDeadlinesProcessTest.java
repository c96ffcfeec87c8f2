package uk.police.ecu.casework.victimcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.police.ecu.casework.ProcessEngineFixture.at;
import static uk.police.ecu.casework.ProcessEngineFixture.dueDay;
import static uk.police.ecu.casework.victimcare.VictimCareTestReferrals.vulnerability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import uk.police.ecu.casework.ProcessTest;
import uk.police.ecu.casework.fraud.Dissemination;
import uk.police.ecu.casework.shared.InvalidInputException;

/**
 * Paths of {@code processes/victim-care.bpmn}: when first contact falls due, and enhanced rights recorded on the
 * ECU's crime.
 */
@ProcessTest
class VictimCareDeadlinesProcessTest extends VictimCareProcessTestSupport {

    @Test
    void shouldDueFirstContact2WorkingDaysAfterAFridayReferral_skippingTheBankHolidayMonday() {
        ClockUtil.setCurrentTime(at(2026, 8, 28, 15));
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");

        // Friday 28 August 2026; Monday 31 August is the summer bank holiday: Tuesday 1, Wednesday 2 September.
        assertThat(dueDay(referrals.task(victim.reference(), "Task_FirstContact"))).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void shouldRecordEnhancedRightsOnTheEcuCrime_soItsVictimUpdatesShorten() {
        String crimeReference = "NFRC-VCE-" + VictimCareTestReferrals.suffix();
        runAs.user("ecu.officer", () -> triage.receive(new Dissemination(crimeReference, today.minusDays(4), "NFIB3A",
                uk.police.ecu.casework.fraud.Dissemination.VictimType.INDIVIDUAL, "Edna Test", LocalDate.of(1950, 3, 14),
                null, null, null, new BigDecimal("900"), 4, null, null, null)));
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A", crimeReference, today);

        referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, Map.of("contactedOn", today.toString(),
                "channel", "VISIT", "wantsSupport", true, "vulnerability", vulnerability(false, false, false, false, false),
                "enhancedRights", Map.of("qualifies", true, "reasons", List.of("PERSISTENTLY_TARGETED", "INTIMIDATED"),
                        "explanation", "Called daily by the same caller since the report"),
                "consentToVictimSupport", false));

        assertThat(jdbc.sql("SELECT category FROM victim_enhanced_rights WHERE crime_reference = ?").param(crimeReference)
                .query(String.class).single()).isEqualTo("PERSISTENTLY_TARGETED");
        assertThat(supportLevel(victim)).as("enhanced rights need more than standard support").isEqualTo("ENHANCED");
    }

    @Test
    void shouldRefuseEnhancedRightsWithoutAReason_savingNothing() {
        VictimCareTestReferrals.Referred victim = referrals.refer("NFIB3A");

        assertThatThrownBy(() -> referrals.complete(victim.reference(), "Task_FirstContact", OFFICER, Map.of(
                "contactedOn", today.toString(), "channel", "PHONE", "wantsSupport", true,
                "vulnerability", vulnerability(false, false, false, false, false),
                "enhancedRights", Map.of("qualifies", true, "reasons", List.of(), "explanation", "Aged 82"),
                "consentToVictimSupport", true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("enhancedRights.reasons"));

        assertThat(instance(victim.reference())).isWaitingAt("Task_FirstContact");
        assertThat(count("SELECT count(*) FROM victim_assessment WHERE referral_reference = ?", victim.reference())).isZero();
        assertThat(count("SELECT count(*) FROM victim_support_referral WHERE referral_reference = ?", victim.reference())).isZero();
    }
}
