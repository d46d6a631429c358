package org.redflag.store.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One environment variable that overrides a key: {@code REDFLAG_ELASTICSEARCH_EMBEDDED_HEAP} sets
 * {@code elasticsearch.embedded.heap}. Underscores separate sections and also appear inside key names; the variable is
 * matched against the keys the record type really has.
 *
 * @param variable the variable's name
 * @param path     the key path it sets, one element per level
 * @param value    the value
 */
record EnvironmentOverride(String variable, List<String> path, String value) {

    String keyPath() {
        return String.join(".", path);
    }

    /** The variables of {@code environment} that start with {@code prefix} and name a key of {@code type}. */
    static List<EnvironmentOverride> find(String prefix, Map<String, String> environment, Class<?> type,
            List<String> unmatched) {
        List<EnvironmentOverride> found = new ArrayList<>();
        environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> match(type, e.getKey().substring(prefix.length()).toLowerCase(Locale.ROOT))
                        .ifPresentOrElse(path -> found.add(new EnvironmentOverride(e.getKey(), path, e.getValue())),
                                () -> unmatched.add(e.getKey())));
        return found;
    }

    private static Optional<List<String>> match(Class<?> type, String rest) {
        for (ConfigKeys.Key key : ConfigKeys.of(type)) {
            if (!key.isSection() && rest.equals(key.name())) {
                return Optional.of(List.of(key.name()));
            }
            if (key.isSection() && rest.startsWith(key.name() + "_")) {
                Optional<List<String>> tail = match(key.type(), rest.substring(key.name().length() + 1));
                if (tail.isPresent()) {
                    List<String> path = new ArrayList<>();
                    path.add(key.name());
                    path.addAll(tail.get());
                    return Optional.of(List.copyOf(path));
                }
            }
        }
        return Optional.empty();
    }
}
