package org.frontline.graphql;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Directive;
import io.smallrye.graphql.api.DirectiveLocation;

/**
 * A field that holds a value whenever it did not fail: null in an answer only beside an error with
 * the field's path. The schema still types it as nullable, so that a failure (a deadline, the
 * database gone) costs that field alone and not the page of strikes or regions around it, as a
 * non-null field's would; this directive tells a client that stops at errors (graphql-request, or
 * GraphQL Code Generator with {@code nullability: {errorHandlingClient: true}}, Relay, Apollo Kotlin)
 * that it may type the field as non-null. It is the semantic-nullability working group's
 * {@code @semanticNonNull}, as those clients read it.
 */
@Directive(on = DirectiveLocation.FIELD_DEFINITION)
@Description("This field is null only where it failed, and then the answer's errors name it: a client that "
        + "stops at errors may treat it as non-null. levels: which levels of a list type this holds for "
        + "(0, the field itself; 1, its items).")
@Retention(RUNTIME)
@Target(METHOD)
public @interface SemanticNonNull {
    /** The directive's name in the schema: SmallRye names it after this annotation. */
    String NAME = "semanticNonNull";

    @DefaultValue("[0]")
    int[] levels() default { 0 };
}
