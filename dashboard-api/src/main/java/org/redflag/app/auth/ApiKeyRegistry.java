package org.redflag.app.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API keys the server accepts, held as SHA-256 hashes only. Thread-safe; keys may be added while the server
 * runs.
 *
 * <p>Two ways in: {@link ApiKeyFile} registers the hashes listed in a file, and {@link #generate} creates a random
 * key for a holder and returns it once (the demo prints the keys it generates; nothing else keeps them).
 */
public final class ApiKeyRegistry {
    private final Map<String, Principal> byHash = new ConcurrentHashMap<>();

    /** Accepts a key given by its hash (64 hex digits). A hash registered twice keeps its latest holder. */
    public void registerHash(String sha256Hex, Principal holder) {
        if (!ApiKeyHash.isHash(sha256Hex)) {
            throw new IllegalArgumentException("Key hash for '" + holder.name()
                    + "' must be 64 hex digits (the SHA-256 of the key, as sha256sum prints it)");
        }
        byHash.put(sha256Hex.toLowerCase(Locale.ROOT), holder);
    }

    /** Accepts a key given in clear; only its hash is kept. */
    public void register(String key, Principal holder) {
        if (key.length() < 16) {
            throw new IllegalArgumentException("Key for '" + holder.name() + "' is too short: use at least 16 characters");
        }
        registerHash(ApiKeyHash.of(key), holder);
    }

    /** Creates, registers and returns a new random key for the holder. The caller alone sees it. */
    public String generate(Principal holder) {
        String key = ApiKeyHash.newKey();
        register(key, holder);
        return key;
    }

    /** The holder of a presented key, if the key is known. */
    public Optional<Principal> findHolder(String presentedKey) {
        return Optional.ofNullable(byHash.get(ApiKeyHash.of(presentedKey)));
    }

    /** The holders known, for start-up messages (never the keys or hashes). */
    public List<Principal> holders() {
        return List.copyOf(byHash.values());
    }

    public int size() {
        return byHash.size();
    }
}
