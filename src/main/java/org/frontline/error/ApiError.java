package org.frontline.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A request the API refuses, told to the client as a GraphQL error with a stable {@code code} and
 * the {@code argument} at fault in its extensions. graphql-java copies the extensions of an
 * exception that is itself a {@link GraphQLError} into the error it reports, which is how the code
 * reaches the client without a Java class name beside it.
 */
public class ApiError extends RuntimeException implements GraphQLError {

    private final ErrorCode code;
    private final String argument;
    private final JsonArray violations;

    public ApiError(ErrorCode code, String argument, String message) {
        this(code, argument, message, null);
    }

    /** An error listing several violations at once, each with its path, code and message. */
    public ApiError(ErrorCode code, String argument, String message, JsonArray violations) {
        // No stack trace: these are answers to the client, not faults of the service.
        super(message, null, false, false);
        this.code = code;
        this.argument = argument;
        this.violations = violations;
    }

    public static ApiError badArgument(String argument, String message) {
        return new ApiError(ErrorCode.BAD_ARGUMENT, argument, message);
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (argument != null) {
            extensions.put("argument", argument);
        }
        if (violations != null) {
            // A JSON value, so that SmallRye writes it as a list rather than as its toString().
            extensions.put("violations", violations);
        }
        return extensions;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return code == ErrorCode.INTERNAL ? ErrorType.DataFetchingException : ErrorType.ValidationError;
    }
}
