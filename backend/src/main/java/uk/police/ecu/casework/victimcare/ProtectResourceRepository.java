package uk.police.ecu.casework.victimcare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Protect resources: the counted stock ({@code protect_resource_stock}, only the resources whose stock is
 * counted have a row), what was issued to whom ({@code victim_resource_issue}) and the deliveries that put
 * stock back up ({@code protect_resource_delivery}).
 */
@Repository
class ProtectResourceRepository {

    /** {@code lowStock}: at or below the resource's low-stock threshold, so more should be ordered. */
    record Stock(String resource, String name, int inStock, String fundedBy, int lowStockThreshold,
                 boolean lowStock) {
    }

    /** A delivery of counted stock: how many, the day it arrived, who recorded it and when. */
    record Delivery(String resource, int quantity, LocalDate receivedOn, String recordedBy, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    ProtectResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Stock> stock() {
        return jdbc.sql("""
                        SELECT resource, name, in_stock, funded_by, low_stock_threshold,
                            in_stock <= low_stock_threshold
                        FROM protect_resource_stock ORDER BY resource""")
                .query((rs, n) -> new Stock(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6)))
                .list();
    }

    /** Sets the level at or below which a counted resource's stock is low; false when its stock is not counted. */
    boolean setLowStockThreshold(String resource, int threshold) {
        return jdbc.sql("UPDATE protect_resource_stock SET low_stock_threshold = :threshold WHERE resource = :resource")
                .param("threshold", threshold)
                .param("resource", resource)
                .update() == 1;
    }

    /** Adds a delivery to counted stock; false, with nothing added, when the resource's stock is not counted. */
    boolean addDelivery(Delivery delivery) {
        int counted = jdbc.sql("UPDATE protect_resource_stock SET in_stock = in_stock + :quantity WHERE resource = :resource")
                .param("quantity", delivery.quantity())
                .param("resource", delivery.resource())
                .update();
        if (counted == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO protect_resource_delivery (resource, quantity, received_on, recorded_by, recorded_at)
                        VALUES (:resource, :quantity, :receivedOn, :recordedBy, :recordedAt)""")
                .param("resource", delivery.resource())
                .param("quantity", delivery.quantity())
                .param("receivedOn", delivery.receivedOn())
                .param("recordedBy", delivery.recordedBy())
                .param("recordedAt", ReferralRepository.utc(delivery.recordedAt()))
                .update();
        return true;
    }

    /** A resource's deliveries, latest first. */
    List<Delivery> deliveries(String resource) {
        return jdbc.sql("""
                        SELECT resource, quantity, received_on, recorded_by, recorded_at FROM protect_resource_delivery
                        WHERE resource = :resource ORDER BY received_on DESC, id DESC""")
                .param("resource", resource)
                .query((rs, n) -> new Delivery(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
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
