package uk.police.ecu.casework.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void shouldRefuseADisclosureWithoutARecipient() {
        assertThatThrownBy(() -> AuditEntry.disclosure("crime", List.of("NFRC1"), " ", "court order", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recipient");
    }

    @Test
    void shouldKeepTheJustificationOfAConsultationAndADisclosure() {
        assertThat(AuditEntry.consultation("crime", List.of("NFRC1"), "triage", Map.of()).justification())
                .isEqualTo("triage");
        AuditEntry disclosure = AuditEntry.disclosure("crime", List.of("NFRC1"), "Victim Support", "referral", null);
        assertThat(disclosure.justification()).isEqualTo("referral");
        assertThat(disclosure.recipient()).isEqualTo("Victim Support");
        assertThat(disclosure.details()).isEmpty();
    }

    @Test
    void shouldRequireARecordType() {
        assertThatThrownBy(() -> AuditEntry.collection(" ", List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
