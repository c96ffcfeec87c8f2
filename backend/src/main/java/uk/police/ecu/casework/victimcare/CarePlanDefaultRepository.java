package uk.police.ecu.casework.victimcare;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each support level's default contact plan ({@code victim_care_plan_default}), read on each use and changed by supervisors. */
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

    /** Replaces a level's defaults; plans already agreed keep the dates they were agreed with. */
    void update(PlanDefault changed) {
        jdbc.sql("""
                        UPDATE victim_care_plan_default SET name = :name, contact_every_days = :contactEveryDays,
                            contacts = :contacts, advice = :advice, resources = :resources
                        WHERE support_level = :supportLevel""")
                .param("name", changed.name())
                .param("contactEveryDays", changed.contactEveryDays())
                .param("contacts", changed.contacts())
                .param("advice", changed.advice().toArray(String[]::new))
                .param("resources", changed.resources().toArray(String[]::new))
                .param("supportLevel", changed.supportLevel())
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
