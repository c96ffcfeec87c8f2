package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same phone number written differently must be recognised as the same, so a repeat victim is linked. */
class UkPhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"07700900123", "07700 900123", "+44 7700 900123", "+447700900123", "0044 7700 900123",
            "+44 (0)7700 900123", "447700900123", "(07700) 900-123", "07700.900.123"})
    void shouldWriteAUkNumberTheSameWayHoweverItWasGiven(String written) {
        assertThat(ContactCells.ukPhone().parse(written)).isEqualTo("07700900123");
    }

    @Test
    void shouldKeepALandlineAsItsNationalDigits() {
        assertThat(ContactCells.ukPhone().parse("+44 121 496 0000")).isEqualTo("01214960000");
        assertThat(ContactCells.ukPhone().parse("0121 496 0000")).isEqualTo("01214960000");
    }

    @Test
    void shouldKeepANumberAbroadWithItsCountryCode() {
        assertThat(ContactCells.ukPhone().parse("+33 1 23 45 67 89")).isEqualTo("+33123456789");
        assertThat(ContactCells.ukPhone().parse("0033 1 23 45 67 89")).isEqualTo("+33123456789");
    }

    @Test
    void shouldRefuseSomethingThatIsNotAPhoneNumber() {
        assertThatThrownBy(() -> ContactCells.ukPhone().parse("12"))
                .isInstanceOf(InvalidCellException.class).hasMessage("Must be a phone number of 7 to 15 digits");
        assertThatThrownBy(() -> ContactCells.ukPhone().parse("0121 CALL ME"))
                .isInstanceOf(InvalidCellException.class)
                .hasMessage("Must be a phone number: digits, with spaces, brackets or dashes");
        assertThatThrownBy(() -> ContactCells.ukPhone().parse("+44 1234 567 890 1234"))
                .isInstanceOf(InvalidCellException.class).hasMessage("Must be a phone number of 7 to 15 digits");
        assertThatThrownBy(() -> ContactCells.ukPhone().parse("0".repeat(31)))
                .isInstanceOf(InvalidCellException.class).hasMessage("Must be 30 characters or fewer");
    }

    @Test
    void shouldKeepALocalNumberWithNoAreaCode() {
        assertThat(ContactCells.ukPhone().parse("496 0000")).isEqualTo("4960000");
    }
}
