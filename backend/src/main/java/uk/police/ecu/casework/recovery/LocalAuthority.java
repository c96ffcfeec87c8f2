package uk.police.ecu.casework.recovery;

import java.time.LocalDate;

/** A local authority area and whether (from when) it is live on the programme. */
public record LocalAuthority(String id, String name, LocalDate liveFrom, String o2rTeam, String drugServiceTeam) {

    public boolean liveOn(LocalDate day) {
        return liveFrom != null && !liveFrom.isAfter(day);
    }
}
