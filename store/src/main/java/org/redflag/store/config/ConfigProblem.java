package org.redflag.store.config;

/**
 * One thing wrong with a configuration file.
 *
 * @param origin  where the value came from: the file name (with {@code line N} when known) or the environment
 *                variable that overrode it
 * @param keyPath the key, dotted from the root, with list indexes: {@code elasticsearch.embedded.heap},
 *                {@code seeds[2]}
 * @param value   the offending value as written, or "" when the key is missing or the file is unreadable
 * @param problem what is wrong and what is allowed or what to do
 */
public record ConfigProblem(String origin, String keyPath, String value, String problem) {

    @Override
    public String toString() {
        String key = keyPath.isEmpty() ? "" : " " + keyPath;
        String shown = value.isEmpty() ? "" : " = \"" + value + "\"";
        return origin + ":" + key + shown + ": " + problem;
    }
}
