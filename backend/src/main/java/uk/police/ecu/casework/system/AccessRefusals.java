package uk.police.ecu.casework.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a role check's refusal is recorded before the user is answered 403. The security module keeps the
 * record (on the audit trail); this module only answers, so it names what it needs and not who does it.
 */
public interface AccessRefusals {

    /**
     * False when the database is down: the refusal could not be recorded, so the caller is to be told of the
     * outage rather than refused. Any other failure is thrown.
     */
    boolean record(HttpServletRequest request);
}
