package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.ecu.casework.DatabaseOwner;
import uk.police.ecu.casework.IntegrationTest;

/**
 * A migration never changes once it has landed: a kept database has run it and Flyway would refuse to start
 * on it. The checksum of every landed migration is held here; a new migration adds its line in the change
 * that lands it, and an edit of an old one fails this test before it can fail a kept database.
 */
@IntegrationTest
class MigrationChecksumsTest {

    private static final Map<String, Integer> LANDED = Map.ofEntries(
            Map.entry("1", -87698752),
            Map.entry("2", 1293113007),
            Map.entry("3", 25005302),
            Map.entry("4", 828316101),
            Map.entry("5", -1485438990),
            Map.entry("6", 2092650523),
            Map.entry("7", -723263746),
            Map.entry("8", 980651983),
            Map.entry("9", -1671190557),
            Map.entry("10", -1992435661),
            Map.entry("11", 740020677),
            Map.entry("13", -785391847),
            Map.entry("14", -1572129040),
            Map.entry("15", -2061589350),
            Map.entry("16", -1792473359),
            Map.entry("17", 107537941),
            Map.entry("18", 1010220559),
            Map.entry("19", 1518347156),
            Map.entry("20", -1957730074),
            Map.entry("21", -102677862),
            Map.entry("27", 1433161256),
            Map.entry("28", -485418661),
            Map.entry("29", -1867625390),
            Map.entry("30", -974508658),
            Map.entry("31", -50789916),
            Map.entry("32", -565852367),
            Map.entry("33", -60047165),
            Map.entry("34", 88344514),
            Map.entry("35", 1339828288),
            Map.entry("36", 1634826255),
            Map.entry("37", -1964499193),
            Map.entry("38", -1575110516),
            Map.entry("39", 2104704360),
            Map.entry("40", 471225987),
            Map.entry("41", 1991114136),
            Map.entry("42", -1398128086),
            Map.entry("45", 380374528),
            Map.entry("46", -864379063),
            Map.entry("47", -1803563367),
            Map.entry("48", 1731157301),
            Map.entry("49", -489757177),
            Map.entry("50", -1437199101),
            Map.entry("51", -1936511248),
            Map.entry("52", 1795180129),
            Map.entry("53", -1409749348),
            Map.entry("55", 762136231),
            Map.entry("56", -1602226082),
            Map.entry("57", 169808584),
            Map.entry("58", 1572277431),
            Map.entry("59", 516964826),
            Map.entry("60", 1657117163),
            Map.entry("61", -1973279344),
            Map.entry("62", 230379122),
            Map.entry("63", -690597613),
            Map.entry("64", -527441922),
            Map.entry("65", 1368628021),
            Map.entry("67", -2074346063));

    @Autowired
    DatabaseOwner owner;

    @Test
    void shouldRunEveryLandedMigrationAsItLanded() {
        Map<String, Integer> run = owner.jdbc().queryForList(
                        "SELECT version, checksum FROM casework.flyway_schema_history WHERE success AND version IS NOT NULL")
                .stream().collect(Collectors.toMap(row -> (String) row.get("version"),
                        row -> ((Number) row.get("checksum")).intValue(), (a, b) -> a, TreeMap::new));

        assertThat(run).as("migrations run, with their checksums").isEqualTo(new TreeMap<>(LANDED));
    }
}
