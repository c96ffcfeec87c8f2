package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code victim_assessment} rows: what the first contact found, and the support level the model gave it. */
@Repository
class VictimAssessmentRepository {

    /** One assessment as the first contact records it; {@code enhancedRightsReasons} empty unless the victim qualifies. */
    record NewAssessment(String referralReference, LocalDate contactedOn, Channel channel, Boolean wantsSupport,
                         FirstContactTask.Vulnerability vulnerability, List<EnhancedRightsReason> enhancedRightsReasons,
                         String enhancedRightsExplanation, Boolean consentToVictimSupport, String notes,
                         String assessedBy, Instant assessedAt) {
    }

    private final JdbcClient jdbc;

    VictimAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(NewAssessment a) {
        FirstContactTask.Vulnerability v = a.vulnerability();
        jdbc.sql("""
                        INSERT INTO victim_assessment (referral_reference, contacted_on, channel, wants_support, lives_alone,
                            health_or_cognitive_condition, still_in_contact_with_suspect, significant_financial_hardship,
                            low_digital_confidence, enhanced_rights, enhanced_rights_reasons, enhanced_rights_explanation,
                            consent_to_victim_support, notes, assessed_by, assessed_at)
                        VALUES (:referralReference, :contactedOn, :channel, :wantsSupport, :livesAlone,
                            :healthOrCognitiveCondition, :stillInContactWithSuspect, :significantFinancialHardship,
                            :lowDigitalConfidence, :enhancedRights, :enhancedRightsReasons, :enhancedRightsExplanation,
                            :consentToVictimSupport, :notes, :assessedBy, :assessedAt)""")
                .param("referralReference", a.referralReference())
                .param("contactedOn", a.contactedOn())
                .param("channel", a.channel().name())
                .param("wantsSupport", a.wantsSupport())
                .param("livesAlone", v.livesAlone())
                .param("healthOrCognitiveCondition", v.healthOrCognitiveCondition())
                .param("stillInContactWithSuspect", v.stillInContactWithSuspect())
                .param("significantFinancialHardship", v.significantFinancialHardship())
                .param("lowDigitalConfidence", v.lowDigitalConfidence())
                .param("enhancedRights", !a.enhancedRightsReasons().isEmpty())
                .param("enhancedRightsReasons", a.enhancedRightsReasons().stream().map(Enum::name).toArray(String[]::new))
                .param("enhancedRightsExplanation", a.enhancedRightsExplanation())
                .param("consentToVictimSupport", a.consentToVictimSupport())
                .param("notes", a.notes())
                .param("assessedBy", a.assessedBy())
                .param("assessedAt", ReferralRepository.utc(a.assessedAt()))
                .update();
    }

    void recordSupportLevel(String referralReference, String supportLevel) {
        jdbc.sql("UPDATE victim_assessment SET support_level = :supportLevel WHERE referral_reference = :referralReference")
                .param("supportLevel", supportLevel)
                .param("referralReference", referralReference)
                .update();
    }
}
