package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.crypto.Mac;
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

    private final AuditChainRepository chain;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditKey key;
    private final AtomicLong keyedFrom = new AtomicLong();

    AuditLog(AuditChainRepository chain, ObjectMapper json, Clock clock, AuditKey key) {
        this.clock = clock;
        this.key = key;
        this.chain = chain;
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

    /** Records a read made outside the product's own services (the engine's tools), in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordApart(AuditEntry entry) {
        append(currentActor(), entry);
    }

    private void append(String username, AuditEntry entry) {
        Append append = new Append(username, entry, clientAddress(), detailsJson(entry));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            PendingAppends.ofCurrentTransaction(this::write).add(append);
        } else {
            write(List.of(append));
        }
    }

    /** An audit row as recorded, waiting for its place in the chain. */
    record Append(String username, AuditEntry entry, String clientAddress, String detailsJson) {
    }

    /**
     * Appends a transaction's rows to the chain in one go: an import batch of a hundred crimes costs
     * four round trips to the database, not three hundred.
     */
    private void write(List<Append> given) {
        // Held to the end of the caller's transaction, so the row read as "previous" is still the last
        // committed one when these rows commit: the chain is a total order, with ids in chain order.
        chain.lock(CHAIN_LOCK);
        long keyedFrom = keyedFrom();
        AuditChainRepository.Link last = chain.head().orElse(new AuditChainRepository.Link(0, null));
        List<Append> appends = given;
        if (last.id() < keyedFrom) {
            appends = new ArrayList<>(given.size() + 1);
            AuditEntry keyed = AuditEntry.chainKeyed(keyedFrom, last.hash());
            appends.add(new Append(SYSTEM, keyed, null, detailsJson(keyed)));
            appends.addAll(given);
        }
        List<AuditChainRepository.Prepared> prepared = prepare(appends);
        String previousHash = last.hash();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AuditRow> rows = new ArrayList<>(appends.size());
        Mac mac = key.mac();
        for (int i = 0; i < appends.size(); i++) {
            AuditEntry entry = appends.get(i).entry();
            AuditRow unhashed = new AuditRow(prepared.get(i).id(), now, appends.get(i).username(),
                    entry.operation().name(), entry.recordType(), entry.recordIds(), appends.get(i).clientAddress(),
                    entry.justification(), entry.recipient(), prepared.get(i).details(), previousHash, null);
            previousHash = AuditHash.keyed(mac, previousHash, unhashed);
            rows.add(unhashed.withHash(previousHash));
        }
        chain.insert(rows);
    }

    /** Ids in chain order, and each row's details as PostgreSQL will store them (the form that is hashed). */
    private List<AuditChainRepository.Prepared> prepare(List<Append> appends) {
        List<AuditChainRepository.Prepared> prepared = chain.prepare(appends.stream().map(Append::detailsJson).toList());
        List<Long> ids = prepared.stream().map(AuditChainRepository.Prepared::id).sorted().toList();
        return IntStream.range(0, prepared.size())
                .mapToObj(i -> new AuditChainRepository.Prepared(ids.get(i), prepared.get(i).details())).toList();
    }

    /** Fixed by the migration that keyed the chain; read once. */
    private long keyedFrom() {
        long known = keyedFrom.get();
        if (known == 0) {
            known = chain.keyedFrom();
            keyedFrom.set(known);
        }
        return known;
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
