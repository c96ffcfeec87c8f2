package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Protect resources: the counted stock ({@code protect_resource_stock}, only the resources whose stock is
 * counted have a row) and what was issued to whom ({@code victim_resource_issue}).
 */
@Repository
class ProtectResourceRepository {

    record Stock(String resource, String name, int inStock, String fundedBy) {
    }

    private final JdbcClient jdbc;

    ProtectResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stock> stock() {
        return jdbc.sql("SELECT resource, name, in_stock, funded_by FROM protect_resource_stock ORDER BY resource")
                .query((rs, n) -> new Stock(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).list();
    }

    /** Takes one from counted stock; false when the resource is not counted or none is left. */
    boolean takeOne(ProtectResource resource) {
        return jdbc.sql("UPDATE protect_resource_stock SET in_stock = in_stock - 1 WHERE resource = :resource AND in_stock > 0")
                .param("resource", resource.name()).update() == 1;
    }

    boolean counted(ProtectResource resource) {
        return jdbc.sql("SELECT count(*) FROM protect_resource_stock WHERE resource = :resource")
                .param("resource", resource.name()).query(Integer.class).single() > 0;
    }

    /** The name of a counted resource, as the unit calls it. */
    String name(ProtectResource resource) {
        return jdbc.sql("SELECT name FROM protect_resource_stock WHERE resource = :resource")
                .param("resource", resource.name()).query(String.class).single();
    }

    void recordIssue(String referralReference, UUID contactId, ProtectResource resource, LocalDate issuedOn,
                     String issuedBy) {
        jdbc.sql("""
                        INSERT INTO victim_resource_issue (referral_reference, contact_id, resource, issued_on, issued_by)
                        VALUES (:referralReference, :contactId, :resource, :issuedOn, :issuedBy)""")
                .param("referralReference", referralReference)
                .param("contactId", contactId)
                .param("resource", resource.name())
                .param("issuedOn", issuedOn)
                .param("issuedBy", issuedBy)
                .update();
    }
}
