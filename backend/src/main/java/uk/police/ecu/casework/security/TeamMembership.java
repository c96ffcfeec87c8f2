package uk.police.ecu.casework.security;

/**
 * A user's place in a team. The team id is also the engine's candidate group, so team queues
 * are the engine's candidate-group queues.
 */
public record TeamMembership(String teamId, String teamName, boolean supervisor) {
}
