package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.IntegrationTest;

/** Task completion finds subtasks by parent task id: the engine's table has the index for it once the engine is up. */
@IntegrationTest
class EngineIndexesIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldIndexOpenTasksByTheirParentTask() {
        assertThat(jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = ?")
                .param(DatabaseSetup.TASK_PARENT_INDEX).query(String.class).single())
                .contains("act_ru_task").contains("parent_task_id_");
    }
}
