package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.InvalidInputException;

/** Protect resources given to victims. Counted stock (call blockers, POCA-funded) goes down by one for each issued. */
@Component
class ProtectResources {

    record Stock(String resource, String name, int inStock, String fundedBy) {
    }

    private final JdbcClient jdbc;

    ProtectResources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stock> stock() {
        return jdbc.sql("SELECT resource, name, in_stock, funded_by FROM protect_resource_stock ORDER BY resource")
                .query((rs, n) -> new Stock(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list();
    }

    /** Issues each resource once; refused, with nothing issued, when counted stock has run out. */
    void issue(String referralReference, UUID contactId, Collection<ProtectResource> resources, LocalDate issuedOn,
               String issuedBy) {
        for (ProtectResource resource : resources) {
            int taken = jdbc.sql("UPDATE protect_resource_stock SET in_stock = in_stock - 1 WHERE resource = ? AND in_stock > 0")
                    .param(resource.name()).update();
            boolean counted = taken == 1 || jdbc.sql("SELECT count(*) FROM protect_resource_stock WHERE resource = ?")
                    .param(resource.name()).query(Integer.class).single() > 0;
            if (counted && taken == 0) {
                throw InvalidInputException.field("resources", "No " + plural(resource) + " are left in stock");
            }
            jdbc.sql("""
                            INSERT INTO victim_resource_issue (referral_reference, contact_id, resource, issued_on, issued_by)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(referralReference, contactId, resource.name(), issuedOn, issuedBy).update();
        }
    }

    private String plural(ProtectResource resource) {
        String name = jdbc.sql("SELECT name FROM protect_resource_stock WHERE resource = ?").param(resource.name())
                .query(String.class).single();
        return name.toLowerCase() + "s";
    }
}
