package uk.police.ecu.casework.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The scraper's token is refused at start-up when it is short enough to guess; unset, there is simply none. */
class MetricsScraperTokenTest {

    @Test
    void shouldRefuseATokenShorterThanThirtyTwoCharacters() {
        assertThatThrownBy(() -> new MetricsScraperToken("prometheus-token"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CASEWORK_METRICS_SCRAPER_TOKEN").hasMessageContaining("at least 32 characters");
    }

    @Test
    void shouldAcceptNoTokenAndALongOne() {
        assertThatCode(() -> new MetricsScraperToken("")).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsScraperToken("a".repeat(32))).doesNotThrowAnyException();
    }
}
