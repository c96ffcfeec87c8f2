/**
 * The board report: the fraud figures the force's papers to its board were compiled by hand from spreadsheets,
 * read from the product for a chosen period and compared with the period before.
 */
package uk.police.ecu.casework.board;
