package uk.police.ecu.casework.victimcare;

/** How the unit reaches a victim. */
enum Channel { PHONE, VISIT, EMAIL, LETTER }
