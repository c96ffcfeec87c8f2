-- The screening decision is evaluated without the engine's decision history (which cost as much as the rest
-- of a victim-list import and held each victim's date of birth again, outside the listing's retention):
-- the listing itself records which version of the decision screened it and the NDM threshold in force.
-- Listings screened before this migration have their decision in the engine's history instead (null here).
ALTER TABLE victim_listing
    ADD COLUMN screening_decision text,
    ADD COLUMN ndm_threshold integer;
