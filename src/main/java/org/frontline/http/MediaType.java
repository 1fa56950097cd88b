package org.frontline.http;

import java.util.Locale;

/** The part of a Content-Type header that names the type, for comparing with the types we know. */
public final class MediaType {

    private MediaType() {
    }

    /**
     * The type without its parameters, in lower case ("application/json" for
     * "Application/JSON; charset=utf-8"), or "" for no header: media types compare case-insensitively.
     */
    public static String of(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
