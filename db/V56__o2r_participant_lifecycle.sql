-- Offender to Recovery participant lifecycle (issue 26 item 2).

-- A way out before enrolment: the person declined, was found not eligible at the joint assessment, or
-- moved away. They were never enrolled, so the evaluation never counts them as enrolled.
ALTER TABLE o2r_participant DROP CONSTRAINT o2r_participant_status_check;
ALTER TABLE o2r_participant ADD CONSTRAINT o2r_participant_status_check
    CHECK (status IN ('REFERRED', 'INELIGIBLE', 'AWAITING_ASSESSMENT', 'DECLINED', 'AWAITING_ENROLMENT', 'ENROLLED',
                      'EXITED', 'LEFT_BEFORE_ENROLMENT'));
ALTER TABLE o2r_participant
    ADD COLUMN left_before_enrolment_reason text
        CHECK (left_before_enrolment_reason IN ('DECLINED', 'NOT_ELIGIBLE_AFTER_ASSESSMENT', 'MOVED_AWAY')),
    ADD COLUMN left_before_enrolment_on     date,
    ADD COLUMN left_before_enrolment_notes  text,
    -- the date of a death recorded after exit: nothing is followed up after it
    ADD COLUMN died_on                      date,
    ADD CONSTRAINT o2r_participant_left_before_enrolment_check
        CHECK ((status = 'LEFT_BEFORE_ENROLMENT') = (left_before_enrolment_reason IS NOT NULL));

-- A follow-up's result: followed up (abstinence and reoffending known), not traced (the person could not
-- be found; counted separately, never as abstinent or not), or cancelled (the person died or left for good,
-- so it is not left planned). Null while planned.
ALTER TABLE o2r_follow_up
    ADD COLUMN result text CHECK (result IN ('FOLLOWED_UP', 'NOT_TRACED', 'CANCELLED')),
    ADD COLUMN cancelled_reason text;
UPDATE o2r_follow_up SET result = 'FOLLOWED_UP' WHERE recorded_on IS NOT NULL;
ALTER TABLE o2r_follow_up ADD CONSTRAINT o2r_follow_up_result_check_known
    CHECK ((result = 'FOLLOWED_UP') = (abstinent IS NOT NULL AND reoffended IS NOT NULL) OR result IS NULL);
