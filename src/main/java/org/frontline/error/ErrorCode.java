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
    /** The service failed; the message says nothing more, the log says what. */
    INTERNAL
}
