package uk.police.ecu.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellParsersTest {

    static void assertRefused(CellParser<?> parser, String value, String reason) {
        assertThatThrownBy(() -> parser.parse(value)).isInstanceOf(InvalidCellException.class).hasMessage(reason);
    }

    @Nested
    class Dates {

        static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

        @ParameterizedTest
        @ValueSource(strings = {"2024-03-01", "01/03/2024", "1/3/2024", "2024-3-1"})
        void shouldReadIsoAndDayFirstDates(String value) {
            assertThat(DateCell.any().parse(value)).isEqualTo(LocalDate.of(2024, 3, 1));
        }

        @Test
        void shouldRefuseADateThatDoesNotExist() {
            assertRefused(DateCell.any(), "31/02/2024", "Must be a real date");
            assertRefused(DateCell.any(), "2023-02-29", "Must be a real date");
            assertThat(DateCell.any().parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"March 2024", "01-03-2024", "01/03/24", "2024/03/01", "45352"})
        void shouldRefuseOtherShapesSayingWhichAreAccepted(String value) {
            assertRefused(DateCell.any(), value, "Must be a date written as 2024-03-01 or 01/03/2024");
        }

        @Test
        void shouldRefuseAFutureDateButAcceptToday() {
            assertThat(DateCell.notAfter(TODAY).parse("01/06/2024")).isEqualTo(TODAY);
            assertRefused(DateCell.notAfter(TODAY), "2024-06-02", "Must not be in the future (today is 01/06/2024)");
        }
    }

    @Nested
    class Money {

        @ParameterizedTest
        @CsvSource(delimiter = ';', value = {"£1,250.00;1250.00", "1250;1250.00", "1,250;1250.00", "£ 1250.5;1250.50",
                "0;0.00", "1,234,567.89;1234567.89"})
        void shouldReadPoundsWithOrWithoutSignCommasAndPence(String value, String expected) {
            assertThat(new MoneyCell().parse(value)).isEqualTo(new BigDecimal(expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-50", "-£50", "£-50"})
        void shouldRefuseANegativeAmount(String value) {
            assertRefused(new MoneyCell(), value, "Must not be negative");
        }

        @ParameterizedTest
        @ValueSource(strings = {"junk", "12,50", "£", "1.2.3", "$50", "1,2500"})
        void shouldRefuseSomethingThatIsNotMoney(String value) {
            assertRefused(new MoneyCell(), value, "Must be an amount of money such as 1250 or £1,250.00");
        }

        @Test
        void shouldRefuseFractionsOfAPennyAndAbsurdAmounts() {
            assertRefused(new MoneyCell(), "10.505", "Must have no more than 2 decimal places");
            assertRefused(new MoneyCell(), "1000000000000", "Must be less than £1,000,000,000,000");
        }
    }

    @Nested
    class NumbersAndChoices {

        @Test
        void shouldAcceptAWholeNumberInRange() {
            assertThat(CellParser.integer(1, 10).parse("10")).isEqualTo(10);
            assertRefused(CellParser.integer(1, 10), "0", "Must be a whole number from 1 to 10");
            assertRefused(CellParser.integer(1, 10), "7.5", "Must be a whole number from 1 to 10");
            assertRefused(CellParser.integer(1, 10), "99999999999", "Must be a whole number from 1 to 10");
        }

        @Test
        void shouldMatchAnEnumInAnyCase() {
            assertThat(CellParser.oneOf(VictimType.class).parse("Organisation")).isEqualTo(VictimType.ORGANISATION);
            assertRefused(CellParser.oneOf(VictimType.class), "company", "Must be one of INDIVIDUAL, ORGANISATION");
        }

        @Test
        void shouldCollapseSpacesInANameAndLimitTextLength() {
            assertThat(CellParser.name(50).parse("Margaret   Ellis")).isEqualTo("Margaret Ellis");
            assertRefused(CellParser.text(3), "abcd", "Must be 3 characters or fewer");
        }
    }

    @Nested
    class ContactDetails {

        @Test
        void shouldNormaliseAPostcodeToUpperCaseWithOneSpace() {
            assertThat(ContactCells.ukPostcode().parse("b4  6nq")).isEqualTo("B4 6NQ");
            assertThat(ContactCells.ukPostcode().parse("SW1A1AA")).isEqualTo("SW1A 1AA");
            assertThat(ContactCells.ukPostcode().parse("cv1 2ab")).isEqualTo("CV1 2AB");
            assertRefused(ContactCells.ukPostcode(), "B4", "Must be a UK postcode such as B4 6NQ");
        }

        @Test
        void shouldKeepAPhoneNumberAsDigits() {
            assertThat(ContactCells.phone().parse("0121 496 0000")).isEqualTo("01214960000");
            assertThat(ContactCells.phone().parse("+44 (0)121-496-0000")).isEqualTo("+4401214960000");
            assertRefused(ContactCells.phone(), "call me", "Must be a phone number of 10 to 15 digits");
        }

        @Test
        void shouldCheckTheShapeOfAnEmailAddress() {
            assertThat(ContactCells.email().parse("m.ellis@example.co.uk")).isEqualTo("m.ellis@example.co.uk");
            assertRefused(ContactCells.email(), "m.ellis@example", "Must be an email address such as name@example.com");
        }
    }

    @Nested
    class FraudIdentifiers {

        @Test
        void shouldAcceptAnythingShapedLikeAnNfibCodeInUpperCase() {
            assertThat(FraudCells.nfibCode().parse("nfib52b")).isEqualTo("NFIB52B");
            assertThat(FraudCells.nfibCode().parse("NFIB90")).isEqualTo("NFIB90");
            assertRefused(FraudCells.nfibCode(), "NFIB", "Must be an NFIB code such as NFIB1D");
            assertRefused(FraudCells.nfibCode(), "1D", "Must be an NFIB code such as NFIB1D");
        }

        @Test
        void shouldUpperCaseACrimeReference() {
            assertThat(FraudCells.crimeReference().parse("nfrc240301001")).isEqualTo("NFRC240301001");
            assertRefused(FraudCells.crimeReference(), "NF RC", "Must be 4 to 40 letters, digits, / or -");
        }
    }
}
