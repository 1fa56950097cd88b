package org.frontline.paging;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.frontline.error.ApiError;
import org.frontline.error.ErrorCode;

/**
 * An opaque position in an ordered list: the order's name and the sort values of the row it
 * points at, base64url-encoded. It depends only on the row's values, so a cursor stays valid
 * while rows are added before or after it.
 */
public final class Cursor {

    private static final String VERSION = "v1";

    private Cursor() {
    }

    public static String encode(String order, List<Object> values) {
        StringBuilder text = new StringBuilder(VERSION).append(',').append(order);
        for (Object value : values) {
            text.append(',').append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values a cursor carries, checked to belong to the given order. */
    public static List<String> decode(String cursor, String order, int valueCount, String argument) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(",", -1);
        } catch (IllegalArgumentException notBase64) {
            throw bad(argument, "is not a cursor this API issued");
        }
        if (parts.length != 2 + valueCount || !VERSION.equals(parts[0])) {
            throw bad(argument, "is not a cursor this API issued");
        }
        if (!order.equals(parts[1])) {
            throw bad(argument, "was issued for the order " + parts[1] + ", not " + order + ": ask again from the first page");
        }
        List<String> values = new ArrayList<>(valueCount);
        try {
            for (int i = 2; i < parts.length; i++) {
                values.add(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException brokenEscape) {
            // Only an altered cursor holds a % not followed by two hex digits; encode never writes one.
            throw bad(argument, "is not a cursor this API issued");
        }
        return values;
    }

    static ApiError bad(String argument, String problem) {
        return new ApiError(ErrorCode.BAD_CURSOR, argument, "The cursor given as " + argument + " " + problem + ".");
    }
}
