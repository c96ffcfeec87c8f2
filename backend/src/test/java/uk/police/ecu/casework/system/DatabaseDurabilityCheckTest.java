package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;

/** The test database runs with fsync off, which is exactly what the check must catch. */
@IntegrationTest
class DatabaseDurabilityCheckTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRefuseToStartOnANonDurableDatabase_unlessToldItIsAThrowaway() {
        assertThatThrownBy(() -> new DatabaseDurabilityCheck(jdbc, false).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fsync and synchronous_commit off")
                .hasMessageContaining("CASEWORK_DATABASE_THROWAWAY=true");
        assertThatCode(() -> new DatabaseDurabilityCheck(jdbc, true).afterPropertiesSet()).doesNotThrowAnyException();
    }
}
