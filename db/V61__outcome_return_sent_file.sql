-- Issue 24: a sent return is kept as it was sent. Downloading a sent return rebuilt it from each crime's outcome as
-- it stands now, so after a correction (V59) the download no longer matched the file the national lead force
-- received. The file is kept with the return when it is sent; returns sent before this have none and are still
-- rebuilt, as before.
ALTER TABLE outcome_return ADD COLUMN sent_file text;
