package uk.police.ecu.casework.recovery;

import java.time.LocalDate;

/**
 * A local authority area and its place on the programme: not started, a pilot or live, from when, and where
 * those facts come from ({@code source}, e.g. the board paper that states them).
 */
public record LocalAuthority(String id, String name, String status, LocalDate pilotFrom, LocalDate liveFrom,
                             String o2rTeam, String drugServiceTeam, String source) {

    public static final String NOT_STARTED = "NOT_STARTED";
    public static final String PILOT = "PILOT";
    public static final String LIVE = "LIVE";

    public boolean liveOn(LocalDate day) {
        return liveFrom != null && !liveFrom.isAfter(day);
    }

    /** A pilot takes referrals as a live area does, so referrals count from whichever began first. */
    public LocalDate takingReferralsFrom() {
        if (pilotFrom == null) {
            return liveFrom;
        }
        return liveFrom == null || pilotFrom.isBefore(liveFrom) ? pilotFrom : liveFrom;
    }

    public boolean takingReferralsOn(LocalDate day) {
        LocalDate from = takingReferralsFrom();
        return from != null && !from.isAfter(day);
    }
}
