-- Access keys for POST /api/token, owned by workflow-api. The secret is never stored: only a salted SHA-256 of it
-- (secrets are 32 random bytes, so a slow hash would add nothing). A revoked key stays listed and mints no token.
CREATE TABLE access_key (
    key_id       text PRIMARY KEY,
    secret_salt  bytea  NOT NULL,
    secret_hash  bytea  NOT NULL,
    role         text   NOT NULL, -- worker, operator or admin
    task_types   text[] NOT NULL, -- the task types a worker key may poll and update
    create_time  bigint NOT NULL,
    revoked_time bigint
);
