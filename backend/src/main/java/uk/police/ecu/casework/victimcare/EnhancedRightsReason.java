package uk.police.ecu.casework.victimcare;

/** Why a victim qualifies for Victims' Code enhanced rights; age or NDM score alone are never a reason. */
enum EnhancedRightsReason { PERSISTENTLY_TARGETED, VULNERABLE, INTIMIDATED }
