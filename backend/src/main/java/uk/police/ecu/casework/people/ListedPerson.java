package uk.police.ecu.casework.people;

import java.time.LocalDate;

/**
 * A person as one listing gave them, with the keys they are compared by ({@link NameKey}, {@link ContactKeys}).
 */
public record ListedPerson(String forename, String surname, LocalDate dateOfBirth, String phone, String email,
                    String postcode) {

    public String nameKey() {
        return NameKey.of(forename, surname);
    }

    public String forenameKey() {
        return NameKey.of(forename);
    }

    public String surnameKey() {
        return NameKey.of(surname);
    }

    public String phoneKey() {
        return ContactKeys.phone(phone);
    }

    public String emailKey() {
        return ContactKeys.email(email);
    }

    public String postcodeKey() {
        return ContactKeys.postcode(postcode);
    }
}
