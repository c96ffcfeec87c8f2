package uk.police.ecu.casework.reference;

import java.time.LocalDate;

/** An England and Wales bank holiday; {@code substitute} when it moved off a weekend. */
public record BankHoliday(LocalDate date, String name, boolean substitute) {
}
