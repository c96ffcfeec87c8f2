package uk.police.ecu.casework.victimcare;

/** Where a referral stands, as its pages show it. */
enum ReferralStage { AWAITING_FIRST_CONTACT, UNABLE_TO_CONTACT_REVIEW, ASSESSED, CONTACT_PLAN_AGREED, CLOSED }
