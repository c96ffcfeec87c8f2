package uk.police.ecu.casework.system;

/**
 * The two roles the application uses: the owner, which migrates (Flyway, the engine's schema) and owns
 * every table, and the application role, which has only the reads and writes its work needs and cannot
 * change the audit trail's rows or any table's shape.
 */
public record DatabaseRoles(Login owner, Login application) {

    public static final String EMBEDDED_OWNER = "casework_owner";
    public static final String EMBEDDED_APPLICATION = "casework_app";

    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + "]";
        }
    }

    /** One role for both (an external database whose owner was not configured apart): nothing to grant. */
    public boolean separate() {
        return !owner.username().equals(application.username());
    }
}
