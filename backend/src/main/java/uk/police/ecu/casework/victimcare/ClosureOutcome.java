package uk.police.ecu.casework.victimcare;

enum ClosureOutcome { SUPPORT_COMPLETED, DECLINED_SUPPORT, UNABLE_TO_CONTACT, REFERRED_ON }
