package uk.police.ecu.casework.reference;

/** One of the force's local policing areas and the investigation team that takes its fraud. */
public record PolicingArea(String id, String name, String teamId) {
}
