package uk.police.ecu.casework.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldCompareNamesTheWayPoliceIndexesDo() {
        assertThat(NameKey.of("O'Neil")).isEqualTo(NameKey.of("ONeil")).isEqualTo(NameKey.of("o’neil"));
        assertThat(NameKey.of("Zoë")).isEqualTo(NameKey.of("Zoe"));
        assertThat(NameKey.of("MÜLLER")).isEqualTo(NameKey.of("Müller")).isEqualTo(NameKey.of("muller"));
        assertThat(NameKey.of("Finch-Smith")).isEqualTo(NameKey.of("Finch Smith")).isEqualTo(NameKey.of(" FINCHSMITH "));
        assertThat(NameKey.of("Ｊｏｈｎ")).as("full-width letters (NFKC)").isEqualTo(NameKey.of("John"));
        assertThat(NameKey.of("Straße")).isEqualTo(NameKey.of("STRASSE"));
        assertThat(NameKey.of("Zoë", "Müller")).isEqualTo(NameKey.of("ZOE", "MULLER"));
    }

    @Test
    void shouldKeepDifferentNamesDifferent() {
        assertThat(NameKey.of("Ann")).isNotEqualTo(NameKey.of("Anne"));
        assertThat(NameKey.of("Tom")).isNotEqualTo(NameKey.of("Thomas"));
        assertThat(NameKey.of("Мария")).as("other scripts are kept, not emptied").isEqualTo("МАРИЯ");
    }

    @Test
    void shouldGiveNoKeyToANameOfNothingButPunctuation() {
        assertThat(NameKey.of("  ")).isNull();
        assertThat(NameKey.of("'-.")).isNull();
        assertThat(NameKey.of(null)).isNull();
    }

    @Test
    void shouldPutPhoneNumbersInOneFormAndRefuseNonsense() {
        assertThat(ContactKeys.phone("07700 900123")).isEqualTo("+447700900123");
        assertThat(ContactKeys.phone("+44 (0)7700-900123")).isEqualTo("+447700900123");
        assertThat(ContactKeys.phone("0121 626 5000")).isEqualTo("+441216265000");
        assertThat(ContactKeys.phone("not a number")).isNull();
        assertThat(ContactKeys.email("  Pat@Example.COM ")).isEqualTo("pat@example.com");
        assertThat(ContactKeys.email("no-at-sign")).isNull();
    }
}
