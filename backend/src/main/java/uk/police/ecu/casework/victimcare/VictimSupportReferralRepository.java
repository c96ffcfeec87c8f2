package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code victim_support_referral} rows: the victim's consent to Victim Support, then the referral on. */
@Repository
class VictimSupportReferralRepository {

    private final JdbcClient jdbc;

    VictimSupportReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records consent unless some is already on record; true when this consent was the first. */
    boolean recordConsent(String referralReference, Instant recordedAt, String recordedBy) {
        return jdbc.sql("""
                        INSERT INTO victim_support_referral (referral_reference, consent_recorded_at, consent_recorded_by)
                        VALUES (:referralReference, :recordedAt, :recordedBy) ON CONFLICT (referral_reference) DO NOTHING""")
                .param("referralReference", referralReference)
                .param("recordedAt", ReferralRepository.utc(recordedAt))
                .param("recordedBy", recordedBy)
                .update() == 1;
    }

    boolean consentOnRecord(String referralReference) {
        return jdbc.sql("SELECT count(*) FROM victim_support_referral WHERE referral_reference = :referralReference")
                .param("referralReference", referralReference).query(Integer.class).single() > 0;
    }

    OffsetDateTime consentRecordedAt(String referralReference) {
        return jdbc.sql("SELECT consent_recorded_at FROM victim_support_referral WHERE referral_reference = :referralReference")
                .param("referralReference", referralReference).query(OffsetDateTime.class).single();
    }

    void recordReferral(String referralReference, LocalDate referredOn, String victimSupportReference, String notes,
                        String referredBy) {
        jdbc.sql("""
                        UPDATE victim_support_referral SET referred_on = :referredOn,
                            victim_support_reference = :victimSupportReference, notes = :notes, referred_by = :referredBy
                        WHERE referral_reference = :referralReference""")
                .param("referredOn", referredOn)
                .param("victimSupportReference", victimSupportReference)
                .param("notes", notes)
                .param("referredBy", referredBy)
                .param("referralReference", referralReference)
                .update();
    }
}
