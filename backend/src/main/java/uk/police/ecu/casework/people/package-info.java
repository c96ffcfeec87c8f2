/**
 * How a person is recognised across lists: names compared as a police index compares them ({@link
 * uk.police.ecu.casework.people.NameKey}), contact details in one form ({@link
 * uk.police.ecu.casework.people.ContactKeys}) and the evidence rules that say same person, possible match or
 * different people ({@link uk.police.ecu.casework.people.PersonMatcher}). Pure rules, no storage: victim care
 * owns the records and asks this module who a listed person is.
 */
package uk.police.ecu.casework.people;
