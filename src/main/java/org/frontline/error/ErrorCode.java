package org.frontline.error;

/** The codes a client can rely on in {@code errors[].extensions.code}. */
public enum ErrorCode {
    /** An argument is out of range or malformed (a negative page size, a reversed date range...). */
    BAD_ARGUMENT,
    /** An id is not one this API issued. */
    BAD_ID,
    /** A cursor is not one this API issued for this list and order. */
    BAD_CURSOR,
    /** A write's input broke one or more rules; extensions.violations lists each with its path and code. */
    VALIDATION_FAILED,
    /** A write named a fact that does not exist. */
    NOT_FOUND,
    /** An update stated a version that is no longer current: someone changed the fact since it was read. */
    CONFLICT,
    /** Writing needs a valid bearer token, and none (or an invalid one) was sent. */
    UNAUTHENTICATED,
    /** The token is valid but its roles do not allow this write. */
    FORBIDDEN,
    /** The request body is not a GraphQL request: not JSON, a field of the wrong JSON type, a batch, no query. */
    BAD_REQUEST,
    /** The query is not valid GraphQL syntax; locations say where. */
    PARSE_FAILED,
    /** The operation does not fit the schema: a field, argument, type or fragment that does not exist or is misused. */
    INVALID_OPERATION,
    /** A variable's value (in variables) does not fit the type the operation declares for it; extensions.variable names it. */
    BAD_VARIABLE,
    /** The request body is larger than the service reads (extensions.limit, in bytes). */
    TOO_LARGE,
    /** The query has more tokens than the service parses. */
    TOO_MANY_TOKENS,
    /** The operation nests fields deeper than allowed. */
    TOO_DEEP,
    /** The operation uses more aliases than allowed. */
    TOO_MANY_ALIASES,
    /** The operation spreads fragments more often than allowed, or a fragment spreads itself. */
    TOO_MANY_FRAGMENTS,
    /** The operation carries more directives than allowed. */
    TOO_MANY_DIRECTIVES,
    /** A string in the request (argument or variable) is longer than allowed. */
    TOO_LONG,
    /** The operation could return more values than allowed (lists multiplied by their page sizes). */
    TOO_COSTLY,
    /** This client sent more requests than its rate allows; Retry-After says when to try again. */
    RATE_LIMITED,
    /** The request ran past its deadline and was stopped; ask for less. */
    TIMEOUT,
    /** An automatic persisted query's hash is not known here: send the query with its hash once. */
    PERSISTED_QUERY_NOT_FOUND,
    /** The query sent does not hash to the sha256Hash sent with it. */
    PERSISTED_QUERY_HASH_MISMATCH,
    /** The service runs only registered operations, and this is not one of them. */
    OPERATION_NOT_ALLOWED,
    /** The database cannot be reached just now; nothing was written. Retry-After says when to try again. */
    UNAVAILABLE,
    /** A subscriber fell further behind than its buffer allows and was closed (WebSocket close 1013); subscribe again from the last cursor received. */
    SLOW_CONSUMER,
    /** The WebSocket connection holds as many subscriptions as one connection may (extensions.limit). */
    TOO_MANY_SUBSCRIPTIONS,
    /** This client holds as many WebSocket connections as one client may (extensions.limit). */
    TOO_MANY_CONNECTIONS,
    /** The service failed; the message says nothing more, the log says what. */
    INTERNAL
}
