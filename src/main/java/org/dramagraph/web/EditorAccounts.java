package org.dramagraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The editors who may log in, each with an Argon2id hash of their password (Spring Security's encoder, on
 * Bouncy Castle's Argon2). Passwords are never stored: configuration holds {@code name:hash} pairs made by
 * {@code dramagraph editor-password}.
 */
public final class EditorAccounts {
    private static final Argon2PasswordEncoder ENCODER = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private static final String DECOY = ENCODER.encode("no such editor");

    private final Map<String, String> hashes;

    private EditorAccounts(Map<String, String> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /** No editors: nobody can log in. */
    public static EditorAccounts none() {
        return new EditorAccounts(Map.of());
    }

    /**
     * Editors from {@code name:hash} entries separated by white space or new lines; lines starting with {@code #}
     * are comments.
     *
     * @throws IllegalArgumentException naming the entry that is not a name and an Argon2 hash
     */
    public static EditorAccounts parse(String entries) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : entries.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String entry : line.strip().split("\\s+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                int colon = entry.indexOf(':');
                if (colon < 1 || !entry.startsWith("$argon2", colon + 1)) {
                    throw new IllegalArgumentException("not an editor entry (name:argon2-hash): "
                            + (colon > 0 ? entry.substring(0, colon) + ":…" : "an entry without a name"));
                }
                hashes.put(entry.substring(0, colon), entry.substring(colon + 1));
            }
        }
        return new EditorAccounts(hashes);
    }

    /** The Argon2id hash of a password, for configuration. */
    public static String hash(String password) {
        return ENCODER.encode(password);
    }

    /** The editor's name when the password is theirs. */
    public Optional<String> check(String name, String password) {
        if (name == null || password == null) {
            return Optional.empty();
        }
        String hash = hashes.get(name);
        boolean ok = ENCODER.matches(password, hash == null ? DECOY : hash);
        return ok && hash != null ? Optional.of(name) : Optional.empty();
    }

    /** Whether any editor can log in. */
    public boolean any() {
        return !hashes.isEmpty();
    }
}
