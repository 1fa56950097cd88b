package org.frontline.error;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;

/**
 * What a field's failure becomes: an ApiError stays itself however deeply it is wrapped; anything
 * else becomes INTERNAL with a message that tells nothing of the exception. (No field of the schema
 * fails that way on purpose, so the handler is called here as graphql-java calls it.)
 */
@Tag("plain")
class FailuresTest {

    private final Failures failures = new Failures();

    @Test
    void anUnforeseenFailureIsInternalAndTellsNothingOfItself() throws Exception {
        GraphQLError error = handle(new IllegalStateException("secret: SELECT * FROM strike"));
        ApiError told = (ApiError) ((ExceptionWhileDataFetching) error).getException();
        assertEquals(ErrorCode.INTERNAL, told.code());
        assertThat(error.getMessage(), containsString("The service failed to answer this field"));
        assertThat(error.getMessage(), not(containsString("secret")));
        assertEquals(List.of("strikes"), error.getPath());
        assertEquals(3, error.getLocations().get(0).getColumn());
    }

    @Test
    void anApiErrorIsToldAsItIsHoweverWrapped() throws Exception {
        ApiError badId = new ApiError(ErrorCode.BAD_ID, "id", "'x' is not a valid id");
        GraphQLError error = handle(new CompletionException(new RuntimeException("SmallRye's wrapper", badId)));
        assertSame(badId, ((ExceptionWhileDataFetching) error).getException());
        assertEquals("'x' is not a valid id", error.getMessage());
    }

    private GraphQLError handle(Throwable failure) throws Exception {
        DataFetchingEnvironment environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("strikes")).build())
                .mergedField(MergedField.newMergedField(Field.newField("strikes").sourceLocation(new SourceLocation(1, 3)).build()).build())
                .build();
        List<GraphQLError> errors = failures.handleException(DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(environment).exception(failure).build()).get().getErrors();
        assertEquals(1, errors.size());
        return errors.get(0);
    }
}
