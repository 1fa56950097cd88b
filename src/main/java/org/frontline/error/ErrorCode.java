package org.frontline.error;

/** The codes a client can rely on in {@code errors[].extensions.code}. */
public enum ErrorCode {
    /** An argument is out of range or malformed (a negative page size, a reversed date range...). */
    BAD_ARGUMENT,
    /** An id is not one this API issued. */
    BAD_ID,
    /** A cursor is not one this API issued for this list and order. */
    BAD_CURSOR,
    /** The service failed; the message says nothing more, the log says what. */
    INTERNAL
}
