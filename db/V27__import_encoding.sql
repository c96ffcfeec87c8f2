-- What an imported file was read as: UTF-8, or Windows-1252 as Excel on Windows saves "CSV (Comma
-- delimited)". NULL for a file refused as a whole (and for imports from before this was recorded).
ALTER TABLE import_job
    ADD COLUMN encoding text CHECK (encoding IN ('UTF-8', 'WINDOWS-1252'));
