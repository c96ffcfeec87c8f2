/**
 * Find anything: one search over crimes, victims, victim care referrals, O2R participants and import files,
 * and the records the user opened lately. This module owns the endpoint and the page's contract; each
 * feature contributes a {@link uk.police.ecu.casework.search.SearchProvider} that finds its own records with
 * its own access rules, so a result never leads to a page that would refuse the user.
 */
package uk.police.ecu.casework.search;
