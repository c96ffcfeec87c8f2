-- A victim listed with an NFIB code not (yet) on the reference list is listed and screened all the same, and
-- the code flagged on the import report so the list can be updated, as a dissemination's is (fraud_case has no
-- such reference either). The listing keeps the code as the list gave it; the victim page names the fraud type
-- where the code is known.
ALTER TABLE victim_listing DROP CONSTRAINT victim_listing_nfib_code_fkey;
