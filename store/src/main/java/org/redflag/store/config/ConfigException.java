package org.redflag.store.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file could not be read or is invalid. The message lists every problem with the file, the key
 * path, the bad value and what is allowed; {@link #problems()} gives them as data.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems, Throwable cause) {
        super(describe(problems), cause);
        this.problems = List.copyOf(problems);
    }

    public ConfigException(ConfigProblem problem) {
        this(List.of(problem), null);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String describe(List<ConfigProblem> problems) {
        if (problems.size() == 1) {
            return "Invalid configuration: " + problems.get(0);
        }
        return problems.stream().map(p -> "  - " + p)
                .collect(Collectors.joining("\n", "Invalid configuration (" + problems.size() + " problems):\n", ""));
    }
}
