package uk.police.ecu.casework.victimcare;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each support level's default contact plan ({@code victim_care_plan_default}), read on each use. */
@Repository
class CarePlanDefaultRepository {

    /** {@code name}: the level as the unit says it ("High support"). */
    record PlanDefault(String supportLevel, String name, int contactEveryDays, int contacts, List<String> advice,
                       List<String> resources) {
    }

    private final JdbcClient jdbc;

    CarePlanDefaultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanDefault> find(String supportLevel) {
        return jdbc.sql("""
                        SELECT support_level, name, contact_every_days, contacts, advice, resources
                        FROM victim_care_plan_default WHERE support_level = :supportLevel""")
                .param("supportLevel", supportLevel)
                .query((rs, n) -> new PlanDefault(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        strings(rs.getArray(5)), strings(rs.getArray(6))))
                .optional();
    }

    /** Every level, from the most support to the least. */
    List<PlanDefault> all() {
        return jdbc.sql("""
                        SELECT support_level, name, contact_every_days, contacts, advice, resources
                        FROM victim_care_plan_default ORDER BY contact_every_days, support_level""")
                .query((rs, n) -> new PlanDefault(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        strings(rs.getArray(5)), strings(rs.getArray(6))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
