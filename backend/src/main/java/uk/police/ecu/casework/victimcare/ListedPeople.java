package uk.police.ecu.casework.victimcare;

import uk.police.ecu.casework.intake.VictimListRow;
import uk.police.ecu.casework.people.ListedPerson;
import uk.police.ecu.casework.people.PersonMatcher;

/** A victim list's row as the person it gives, for {@link uk.police.ecu.casework.people.PersonMatcher}. */
final class ListedPeople {

    private ListedPeople() {
    }

    static ListedPerson of(VictimListRow row) {
        return new ListedPerson(row.forename(), row.surname(), row.dateOfBirth(), row.phone(), row.email(),
                row.postcode());
    }
}
