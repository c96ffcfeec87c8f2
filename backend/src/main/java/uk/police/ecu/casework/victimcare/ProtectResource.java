package uk.police.ecu.casework.victimcare;

/** What a victim can be given to protect them from being targeted again. */
enum ProtectResource { PROTECT_BOOKLET, CALL_BLOCKER }
