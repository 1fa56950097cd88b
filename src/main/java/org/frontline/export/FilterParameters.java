package org.frontline.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.frontline.error.ApiError;
import org.frontline.region.RegionFilter;
import org.frontline.sanction.SanctionFilter;
import org.frontline.strike.BoundingBox;
import org.frontline.strike.StrikeFilter;

import io.quarkus.runtime.annotations.RegisterForReflection;

import io.vertx.core.MultiMap;

/**
 * A list's filter read from an export's query parameters: one parameter per field of the filter
 * the GraphQL list takes, with the same name, so that an export takes exactly the filters its list
 * does and a field added to the filter is a parameter at once. Values are written as in a URL:
 * dates YYYY-MM-DD, enum values by name, true or false, and a bounding box as west,south,east,north.
 * The filters are read through their record components and canonical constructors, which the
 * native image keeps for the filters named here.
 */
@RegisterForReflection(targets = { StrikeFilter.class, SanctionFilter.class, RegionFilter.class })
final class FilterParameters {

    private FilterParameters() {
    }

    /** The parameters' names: the filter's fields. */
    static List<String> names(Class<? extends Record> filter) {
        return List.of(filter.getRecordComponents()).stream().map(RecordComponent::getName).toList();
    }

    /** The filter the parameters state; an unknown parameter, a repeated one or a value of the wrong form is BAD_ARGUMENT. */
    static <F extends Record> F read(Class<F> filter, MultiMap parameters) {
        List<String> names = names(filter);
        Set<String> unknown = new LinkedHashSet<>(parameters.names());
        names.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            String name = unknown.iterator().next();
            throw ApiError.badArgument(name, "There is no parameter " + name + "; this export takes "
                    + String.join(", ", names.stream().sorted().toList()) + ".");
        }
        RecordComponent[] components = filter.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            types[i] = components[i].getType();
            List<String> given = parameters.getAll(name);
            if (given.size() > 1) {
                throw ApiError.badArgument(name, name + " is given more than once; give it once.");
            }
            values[i] = given.isEmpty() ? null : value(name, given.get(0), types[i]);
        }
        try {
            return filter.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (ReflectiveOperationException notARecord) {
            throw new IllegalStateException(notARecord);
        }
    }

    private static Object value(String name, String value, Class<?> type) {
        if (type == String.class) {
            return value;
        }
        if (type == LocalDate.class) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                throw ApiError.badArgument(name, name + " is a date written YYYY-MM-DD, such as 2022-09-30, not \"" + value + "\".");
            }
        }
        if (type == Integer.class) {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException notAnInteger) {
                throw ApiError.badArgument(name, name + " is a whole number, not \"" + value + "\".");
            }
        }
        if (type == Boolean.class) {
            if (!value.equals("true") && !value.equals("false")) {
                throw ApiError.badArgument(name, name + " is true or false, not \"" + value + "\".");
            }
            return Boolean.valueOf(value);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return constant;
                }
            }
            throw ApiError.badArgument(name, name + " is one of " + List.of(type.getEnumConstants()) + ", not \"" + value + "\".");
        }
        if (type == BoundingBox.class) {
            return box(name, value);
        }
        throw new IllegalStateException("No way to read a parameter of type " + type.getSimpleName());
    }

    private static BoundingBox box(String name, String value) {
        String[] edges = value.split(",", -1);
        try {
            if (edges.length == 4) {
                return new BoundingBox(Double.valueOf(edges[1]), Double.valueOf(edges[0]), Double.valueOf(edges[3]), Double.valueOf(edges[2]));
            }
        } catch (NumberFormatException notNumbers) {
            // Reported below, as any other malformed box.
        }
        throw ApiError.badArgument(name, name + " is a box written west,south,east,north in degrees, such as 33,46.5,40,50.5, not \""
                + value + "\".");
    }
}
