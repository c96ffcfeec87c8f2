-- The force's teams. The process models route work to these ids, so they exist in every
-- environment (demo users are added separately, only when demo data is on).
INSERT INTO team (id, name, unit, policing_area, local_authority) VALUES
    ('ecu-triage',          'ECU triage team',                    'ECU',         NULL, NULL),
    ('ecu-investigations',  'ECU investigations',                 'ECU',         NULL, NULL),
    ('ecu-supervisors',     'ECU supervisors',                    'ECU',         NULL, NULL),
    ('lpa-birmingham-east', 'Birmingham East investigation team', 'LPA',         'Birmingham East', NULL),
    ('lpa-birmingham-west', 'Birmingham West investigation team', 'LPA',         'Birmingham West', NULL),
    ('lpa-coventry',        'Coventry investigation team',        'LPA',         'Coventry', NULL),
    ('lpa-dudley',          'Dudley investigation team',          'LPA',         'Dudley', NULL),
    ('lpa-sandwell',        'Sandwell investigation team',        'LPA',         'Sandwell', NULL),
    ('lpa-solihull',        'Solihull investigation team',        'LPA',         'Solihull', NULL),
    ('lpa-walsall',         'Walsall investigation team',         'LPA',         'Walsall', NULL),
    ('lpa-wolverhampton',   'Wolverhampton investigation team',   'LPA',         'Wolverhampton', NULL),
    ('ecvcu',               'Economic Crime Victim Care Unit',    'ECVCU',       NULL, NULL),
    ('o2r-birmingham',      'Offender to Recovery - Birmingham',  'O2R',         NULL, 'Birmingham'),
    ('cgl-birmingham',      'Drug referral workers - Birmingham', 'PARTNER',     NULL, 'Birmingham'),
    ('performance',         'Force performance team',             'PERFORMANCE', NULL, NULL),
    ('administrators',      'System administrators',              'ADMIN',       NULL, NULL);
