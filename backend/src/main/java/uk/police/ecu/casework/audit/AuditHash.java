package uk.police.ecu.casework.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** The hash chain's one rule: SHA-256 over the previous row's hash and this row's canonical content. */
final class AuditHash {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "audit-v1";

    private AuditHash() {
    }

    static String of(String previousHash, AuditRow row) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A JSON array of the fields in a fixed order: unambiguous however the values are spelt. */
    static String canonical(AuditRow row) {
        try {
            return JSON.writeValueAsString(Arrays.asList(VERSION, row.id(), row.occurredAt().toString(),
                    row.username(), row.operation(), row.recordType(), row.recordIds(), row.clientAddress(),
                    row.justification(), row.recipient(), row.details()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit row could not be written canonically", e);
        }
    }
}
