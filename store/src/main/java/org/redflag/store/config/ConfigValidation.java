package org.redflag.store.config;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the {@code jakarta.validation} constraints of a configuration record and of every record nested in it. */
final class ConfigValidation {

    /** A broken constraint, with the key path in file terms. */
    record Violation(String keyPath, String value, String message) {
    }

    private ConfigValidation() {
    }

    static List<Violation> validate(Object config) {
        Set<Violation> violations = new LinkedHashSet<>();
        walk(config, "", violations);
        return List.copyOf(violations);
    }

    private static void walk(Object value, String prefix, Set<Violation> out) {
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (ConstraintViolation<Object> violation : ValidatorHolder.VALIDATOR.validate(value)) {
            out.add(new Violation(join(prefix, keyPath(violation.getPropertyPath())),
                    shown(violation.getInvalidValue()), violation.getMessage()));
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            walkComponent(read(component, value), join(prefix, ConfigKeys.snake(component.getName())), out);
        }
    }

    private static void walkComponent(Object child, String path, Set<Violation> out) {
        if (child instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", out);
            }
        } else if (child instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, out));
        } else {
            walk(child, path, out);
        }
    }

    private static String shown(Object value) {
        return value instanceof java.time.Duration duration ? Durations.format(duration) : String.valueOf(value);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    private static String keyPath(Path path) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                parts.add(ConfigKeys.snake(node.getName()));
            }
        }
        return String.join(".", parts);
    }

    private static String join(String prefix, String name) {
        if (prefix.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? prefix : prefix + "." + name;
    }

    /** One validator for the JVM: building it takes a while. */
    private static final class ValidatorHolder {
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
