#!/bin/sh
# First start of the PostgreSQL container only: the two roles of docs/security.md ("An external database:
# two roles"). The owner migrates at every node's start; the application role owns nothing.
set -eu
psql -v ON_ERROR_STOP=1 -U postgres -d postgres \
  -v owner_password="$CASEWORK_OWNER_PASSWORD" -v app_password="$CASEWORK_APP_PASSWORD" <<'SQL'
CREATE ROLE casework_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE casework_app LOGIN PASSWORD :'app_password';
CREATE DATABASE casework OWNER casework_owner;
REVOKE ALL ON DATABASE casework FROM PUBLIC;
GRANT CONNECT ON DATABASE casework TO casework_app;
SQL
