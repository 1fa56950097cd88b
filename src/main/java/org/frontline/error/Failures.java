package org.frontline.error;

import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Every failure of a field reaches the client as an {@link ApiError}: one the code meant is told as
 * it is; anything else (a fault of the service) is logged with its field and told as INTERNAL, with
 * a message that names no Java class. Without this, SmallRye derives the error's code from the
 * exception's class ({@code "code": "illegal-argument"}).
 * <p>
 * SmallRye hands each failure of a field, whether thrown or a failed Uni, to graphql-java's default
 * exception handler, which this replaces around SmallRye's own (that one still writes the error and
 * hides any message but an ApiError's). SmallRye finds this class with {@link java.util.ServiceLoader}.
 */
public class Failures implements EventingService, DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(Failures.class);

    private final ExceptionHandler smallRye = new ExceptionHandler();

    /** Always on: SmallRye enables a service without a configuration key. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.defaultDataFetcherExceptionHandler(this);
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = parameters.getException();
        ApiError told = apiError(failure);
        if (told == null) {
            LOG.errorf(failure, "Field %s failed", parameters.getPath());
            told = new ApiError(ErrorCode.INTERNAL, null, "The service failed to answer this field; the rest of the answer "
                    + "stands. The failure is logged; if it happens again, report it.");
        }
        return smallRye.handleException(DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(parameters.getDataFetchingEnvironment()).exception(told).build());
    }

    /** The ApiError among the failure and its causes (SmallRye and CompletableFuture wrap what a Uni failed with). */
    private static ApiError apiError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ApiError error) {
                return error;
            }
        }
        return null;
    }
}
