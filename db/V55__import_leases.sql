-- A running import is held by one node at a time under a lease that node renews while it works. When
-- a node dies its leases run out and another node takes its imports over; a node stopping gracefully
-- gives its leases up at once. Imports left running before leases have none and are taken by the first
-- node to look.
ALTER TABLE import_job
    ADD COLUMN lease_owner      text,
    ADD COLUMN lease_expires_at timestamptz;
CREATE INDEX import_job_lease ON import_job (lease_expires_at) WHERE status = 'RUNNING';
