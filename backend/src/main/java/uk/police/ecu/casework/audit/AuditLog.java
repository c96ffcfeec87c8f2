package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. Every call joins the caller's transaction (and refuses to run without
 * one), so an action and its audit row commit together or not at all: if the row cannot be written,
 * the action fails. Who, from where and what are taken when the call is made; the row joins the
 * chain as the transaction commits (see {@link PendingAppends}).
 */
@Service
public class AuditLog {

    /** Key of the transaction-scoped advisory lock that puts every append in one order. */
    static final long CHAIN_LOCK = 0x4543552d41554449L;
    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";
    private static final int MAX_USERNAME = 200;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records the entry as done by the signed-in user, or by "system" for background work. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        append(currentActor(), entry);
    }

    /** Records the entry as done by a named user, for when nobody is signed in yet (a login). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFor(String username, AuditEntry entry) {
        append(username == null || username.isBlank() ? ANONYMOUS : truncate(username.trim()), entry);
    }

    /**
     * Records a refused request in a transaction of its own: the request fails and rolls back, but
     * the attempt must stay on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEntry entry) {
        append(currentActor(), entry);
    }

    private void append(String username, AuditEntry entry) {
        Append append = new Append(username, entry, clientAddress(), detailsJson(entry));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingAppends.ofCurrentTransaction(this::write).add(append);
        } else {
            write(append);
        }
    }

    /** An audit row as recorded, waiting for its place in the chain. */
    record Append(String username, AuditEntry entry, String clientAddress, String detailsJson) {
    }

    private void write(Append append) {
        // Held to the end of the caller's transaction, so the row read as "previous" is still the last
        // committed one when this row commits: the chain is a total order, with ids in chain order.
        jdbc.query("SELECT pg_advisory_xact_lock(?)", (RowCallbackHandler) rs -> { }, CHAIN_LOCK);
        Prepared prepared = jdbc.queryForObject("""
                        SELECT nextval('audit_event_id_seq'),
                               (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1),
                               CAST(? AS jsonb)::text""",
                (rs, n) -> new Prepared(rs.getLong(1), rs.getString(2), rs.getString(3)), append.detailsJson());
        AuditEntry entry = append.entry();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditRow unhashed = new AuditRow(prepared.id(), now, append.username(), entry.operation().name(),
                entry.recordType(), entry.recordIds(), append.clientAddress(), entry.justification(), entry.recipient(),
                prepared.details(), prepared.previousHash(), null);
        String hash = AuditHash.of(prepared.previousHash(), unhashed);
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_event (id, occurred_at, username, operation, record_type, record_ids,
                        client_address, justification, recipient, details, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""");
            insert.setLong(1, unhashed.id());
            insert.setObject(2, now.atOffset(ZoneOffset.UTC));
            insert.setString(3, unhashed.username());
            insert.setString(4, unhashed.operation());
            insert.setString(5, unhashed.recordType());
            insert.setArray(6, connection.createArrayOf("text", unhashed.recordIds().toArray()));
            insert.setString(7, unhashed.clientAddress());
            insert.setString(8, unhashed.justification());
            insert.setString(9, unhashed.recipient());
            insert.setString(10, unhashed.details());
            insert.setString(11, unhashed.previousHash());
            insert.setString(12, hash);
            return insert;
        });
    }

    private record Prepared(long id, String previousHash, String details) {
    }

    private String detailsJson(AuditEntry entry) {
        try {
            return json.writeValueAsString(entry.details());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details are not serialisable as JSON", e);
        }
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return truncate(authentication.getName());
        }
        return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : ANONYMOUS;
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }

    private static String truncate(String username) {
        return username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME);
    }
}
