package org.redflag.store.config;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys a configuration record accepts, from its components: {@code indexPrefix} is {@code index_prefix}. */
final class ConfigKeys {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private ConfigKeys() {
    }

    /** One key of a record: its name in the file and the component it fills. */
    record Key(String name, RecordComponent component) {
        Class<?> type() {
            return component.getType();
        }

        boolean isSection() {
            return type().isRecord();
        }

        boolean isList() {
            return Collection.class.isAssignableFrom(type());
        }

        /** The record type of the elements of a list or the values of a map, if they are records. */
        Optional<Class<?>> elementRecord() {
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType parameterized) {
                Type[] args = parameterized.getActualTypeArguments();
                Type element = args[args.length - 1];
                if (element instanceof Class<?> c && c.isRecord()) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        boolean isMap() {
            return Map.class.isAssignableFrom(type());
        }
    }

    static List<Key> of(Class<?> recordType) {
        if (!recordType.isRecord()) {
            return List.of();
        }
        return Arrays.stream(recordType.getRecordComponents())
                .map(c -> new Key(snake(c.getName()), c))
                .toList();
    }

    static String snake(String camel) {
        return SNAKE.translate(camel);
    }
}
