package uk.police.ecu.casework.victimcare;

import java.time.LocalDate;
import uk.police.ecu.casework.intake.VictimListRow;

/**
 * A person as one listing gave them, with the keys they are compared by ({@link NameKey}, {@link ContactKeys}).
 */
record ListedPerson(String forename, String surname, LocalDate dateOfBirth, String phone, String email,
                    String postcode) {

    static ListedPerson of(VictimListRow row) {
        return new ListedPerson(row.forename(), row.surname(), row.dateOfBirth(), row.phone(), row.email(),
                row.postcode());
    }

    String nameKey() {
        return NameKey.of(forename, surname);
    }

    String forenameKey() {
        return NameKey.of(forename);
    }

    String surnameKey() {
        return NameKey.of(surname);
    }

    String phoneKey() {
        return ContactKeys.phone(phone);
    }

    String emailKey() {
        return ContactKeys.email(email);
    }

    String postcodeKey() {
        return ContactKeys.postcode(postcode);
    }
}
