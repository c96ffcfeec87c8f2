package uk.police.ecu.casework.intake;

public enum VictimType {
    INDIVIDUAL,
    ORGANISATION
}
