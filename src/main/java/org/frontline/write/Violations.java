package org.frontline.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;

import io.smallrye.mutiny.Uni;

/**
 * Everything wrong with a write's input, gathered so that the client hears of every problem at
 * once: the Bean Validation constraints declared on the input records, the rules that span fields
 * (an end before its start), and ids that name nothing. Each violation has the path of the field
 * in the request, a stable code and a message.
 *
 * <p>Lists are bounded ({@link Bounds}): a list past its bound is reported alone, as TOO_MANY, by
 * {@link #tooMany}, which callers run before anything else.
 *
 * <p>Bean Validation runs here rather than through SmallRye's automatic validation because its
 * error lists constraint attributes with Java class names and has no per-violation code.
 */
public class Violations {

    /** Stable codes for the constraints the input records use. */
    private static final Map<String, String> CODES = Map.of(
            "NotNull", "REQUIRED",
            "NotBlank", "REQUIRED",
            "NotEmpty", "REQUIRED",
            "PositiveOrZero", "NEGATIVE",
            "Size", "BAD_LENGTH",
            "DecimalMin", "OUT_OF_RANGE",
            "DecimalMax", "OUT_OF_RANGE",
            "Min", "OUT_OF_RANGE",
            "Max", "OUT_OF_RANGE");

    private record Violation(String path, String code, String message) {
    }

    private final List<Violation> found = new ArrayList<>();

    /** The input's declared constraints, with paths under {@code argument} ("input.killed"). */
    public static Violations of(Validator validator, Object input, String argument) {
        Violations violations = new Violations();
        if (input == null) {
            return violations.add(argument, "REQUIRED", "is required");
        }
        for (ConstraintViolation<Object> violation : validator.validate(input)) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            violations.add(argument + "." + path(violation.getPropertyPath()), CODES.getOrDefault(constraint, "INVALID"),
                    violation.getMessage());
        }
        return violations;
    }

    /**
     * The input's lists that hold more items than their {@link Bounds} allow, with paths under
     * {@code argument} ("input.sources"). Only the bounds are checked: the items of a list past its
     * bound are not looked at.
     */
    public static Violations tooMany(Validator validator, Object input, String argument) {
        Violations violations = new Violations();
        if (input != null) {
            for (ConstraintViolation<Object> violation : validator.validate(input, Bounds.class)) {
                int max = (Integer) violation.getConstraintDescriptor().getAttributes().get("max");
                violations.tooMany((Collection<?>) violation.getInvalidValue(), max, argument + "." + path(violation.getPropertyPath()));
            }
        }
        return violations;
    }

    /** Adds TOO_MANY where {@code items} (a list argument given directly) holds more than {@code max}. */
    public Violations bound(Collection<?> items, int max, String path) {
        return items != null && items.size() > max ? tooMany(items, max, path) : this;
    }

    private Violations tooMany(Collection<?> items, int max, String path) {
        return add(path, "TOO_MANY", "has " + items.size() + " items; at most " + max + " are accepted");
    }

    private static String path(Path path) {
        StringBuilder text = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                text.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return text.toString();
    }

    public Violations add(String path, String code, String message) {
        found.add(new Violation(path, code, message));
        return this;
    }

    public Violations addAll(Violations more) {
        found.addAll(more.found);
        return this;
    }

    /** Adds the violation where {@code broken} holds. */
    public Violations check(boolean broken, String path, String code, String message) {
        return broken ? add(path, code, message) : this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Fails with every violation found, or succeeds with nothing where there is none. */
    public Uni<Void> toUni() {
        return found.isEmpty() ? Uni.createFrom().voidItem() : Uni.createFrom().failure(toError());
    }

    public ApiError toError() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Violation violation : found) {
            list.add(Json.createObjectBuilder().add("path", violation.path()).add("code", violation.code())
                    .add("message", violation.message()));
        }
        String summary = found.stream().map(v -> v.path() + " " + v.message()).collect(Collectors.joining("; "));
        String count = found.size() == 1 ? "1 problem" : found.size() + " problems";
        return new ApiError(ErrorCode.VALIDATION_FAILED, found.get(0).path(), "The input has " + count + ": " + summary + ".",
                list.build());
    }
}
