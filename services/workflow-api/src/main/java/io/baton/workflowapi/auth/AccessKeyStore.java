package io.baton.workflowapi.auth;

import io.baton.service.auth.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Access keys in PostgreSQL (metadata.access_key), each with a salted hash of its secret. */
@ApplicationScoped
public class AccessKeyStore {
    private static final String COLUMNS = "key_id, role, task_types, create_time, revoked_time";

    @Inject
    Pool pool;

    /** A stored key's role and task types, for a secret that matched. */
    public record Grant(Role role, List<String> taskTypes) {
    }

    public Uni<CreatedAccessKey> create(Role role, List<String> taskTypes, long now) {
        String id = UUID.randomUUID().toString();
        String secret = SecretHash.newSecret();
        byte[] salt = SecretHash.randomBytes(16);
        return pool.preparedQuery("INSERT INTO metadata.access_key (key_id, secret_salt, secret_hash, role, task_types, "
                        + "create_time) VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(id, Buffer.buffer(salt), Buffer.buffer(SecretHash.hash(salt, secret)), role.claim(),
                        taskTypes.toArray(String[]::new), now))
                .replaceWith(new CreatedAccessKey(id, secret, role.claim(), taskTypes));
    }

    public Uni<List<AccessKey>> all() {
        return pool.query("SELECT " + COLUMNS + " FROM metadata.access_key ORDER BY create_time, key_id").execute()
                .map(rows -> {
                    List<AccessKey> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(accessKey(row)));
                    return keys;
                });
    }

    /** @return false when no key has that id or it was already revoked */
    public Uni<Boolean> revoke(String id, long now) {
        return pool.preparedQuery("UPDATE metadata.access_key SET revoked_time = $2 WHERE key_id = $1 "
                        + "AND revoked_time IS NULL")
                .execute(Tuple.of(id, now)).map(rows -> rows.rowCount() == 1);
    }

    /** @return the key's grant when the id names a valid (unrevoked) key and the secret is its own */
    public Uni<Optional<Grant>> check(String id, String secret) {
        return pool.preparedQuery("SELECT secret_salt, secret_hash, role, task_types FROM metadata.access_key "
                        + "WHERE key_id = $1 AND revoked_time IS NULL")
                .execute(Tuple.of(id)).map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    if (!SecretHash.matches(row.getBuffer("secret_salt").getBytes(),
                            row.getBuffer("secret_hash").getBytes(), secret)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Grant(Role.fromClaim(row.getString("role")), taskTypes(row)));
                });
    }

    private static AccessKey accessKey(Row row) {
        return new AccessKey(row.getString("key_id"), row.getString("role"), taskTypes(row),
                row.getLong("create_time"), row.getLong("revoked_time"));
    }

    private static List<String> taskTypes(Row row) {
        return Arrays.asList(row.getArrayOfStrings("task_types"));
    }
}
