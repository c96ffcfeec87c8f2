package uk.police.ecu.casework.audit;

import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.shared.SecretFile;

/**
 * The key the audit chain is signed with, kept outside the database: {@code CASEWORK_AUDIT_KEY} (Base64,
 * at least 32 bytes), or else a file in the secrets directory, made on first run. Every node writing one
 * trail must have the same key; a node whose key does not verify the trail's last row will not start.
 */
@Component
class AuditKey {

    static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_BYTES = 32;

    private final SecretKeySpec key;

    AuditKey(@Value("${casework.audit.key:}") String configured,
             @Value("${casework.secrets-dir:data/secrets}") String secretsDir) {
        String encoded = configured.isBlank() ? SecretFile.readOrCreate(Path.of(secretsDir, "audit.key")) : configured;
        this.key = new SecretKeySpec(decode(encoded.strip()), ALGORITHM);
    }

    /** A fresh MAC under the key (a Mac is not shared between threads). */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("The audit key cannot be used for " + ALGORITHM, e);
        }
    }

    private static byte[] decode(String encoded) {
        byte[] bytes;
        try {
            bytes = encoded.contains("-") || encoded.contains("_")
                    ? Base64.getUrlDecoder().decode(encoded) : Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key (CASEWORK_AUDIT_KEY or the audit.key file) is not Base64");
        }
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The audit key must be at least " + MINIMUM_BYTES + " bytes; it is "
                    + bytes.length + " (make one with: openssl rand -base64 32)");
        }
        return bytes;
    }
}
