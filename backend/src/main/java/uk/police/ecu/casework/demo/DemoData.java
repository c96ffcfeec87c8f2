package uk.police.ecu.casework.demo;

/**
 * A capability's contribution to the demo: realistic work at every stage, so a new user sees each
 * process working as soon as they sign in. Loaded only when demo data is on; must be idempotent.
 */
public interface DemoData {

    /** Lower loads first (users before the cases assigned to them). */
    int order();

    void load();
}
