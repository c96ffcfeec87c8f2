-- The seven West Midlands local authority areas: Birmingham is live; the others join when the programme
-- board says so (an administrator sets the date). Each area has its O2R team and its drug service team.
INSERT INTO team (id, name, unit, policing_area, local_authority) VALUES
    ('o2r-coventry',      'Offender to Recovery - Coventry',       'O2R',     NULL, 'Coventry'),
    ('cgl-coventry',      'Drug referral workers - Coventry',      'PARTNER', NULL, 'Coventry'),
    ('o2r-dudley',        'Offender to Recovery - Dudley',         'O2R',     NULL, 'Dudley'),
    ('cgl-dudley',        'Drug referral workers - Dudley',        'PARTNER', NULL, 'Dudley'),
    ('o2r-sandwell',      'Offender to Recovery - Sandwell',       'O2R',     NULL, 'Sandwell'),
    ('cgl-sandwell',      'Drug referral workers - Sandwell',      'PARTNER', NULL, 'Sandwell'),
    ('o2r-solihull',      'Offender to Recovery - Solihull',       'O2R',     NULL, 'Solihull'),
    ('cgl-solihull',      'Drug referral workers - Solihull',      'PARTNER', NULL, 'Solihull'),
    ('o2r-walsall',       'Offender to Recovery - Walsall',        'O2R',     NULL, 'Walsall'),
    ('cgl-walsall',       'Drug referral workers - Walsall',       'PARTNER', NULL, 'Walsall'),
    ('o2r-wolverhampton', 'Offender to Recovery - Wolverhampton',  'O2R',     NULL, 'Wolverhampton'),
    ('cgl-wolverhampton', 'Drug referral workers - Wolverhampton', 'PARTNER', NULL, 'Wolverhampton');

INSERT INTO o2r_local_authority (id, name, live_from, o2r_team, drug_service_team) VALUES
    ('birmingham',    'Birmingham',    '2024-04-01', 'o2r-birmingham',    'cgl-birmingham'),
    ('coventry',      'Coventry',      NULL,         'o2r-coventry',      'cgl-coventry'),
    ('dudley',        'Dudley',        NULL,         'o2r-dudley',        'cgl-dudley'),
    ('sandwell',      'Sandwell',      NULL,         'o2r-sandwell',      'cgl-sandwell'),
    ('solihull',      'Solihull',      NULL,         'o2r-solihull',      'cgl-solihull'),
    ('walsall',       'Walsall',       NULL,         'o2r-walsall',       'cgl-walsall'),
    ('wolverhampton', 'Wolverhampton', NULL,         'o2r-wolverhampton', 'cgl-wolverhampton');

INSERT INTO o2r_setting (name, value, description) VALUES
    ('shop_theft_offence_threshold', 3, 'Shop theft offences in the 12 months before referral at or above which a referral is eligible'),
    ('review_cadence_days', 14, 'Days between programme reviews'),
    ('programme_length_months', 12, 'Months from enrolment to programme completion');

INSERT INTO o2r_follow_up_interval (months) VALUES (3), (6), (12);
