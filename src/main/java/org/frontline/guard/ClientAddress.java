package org.frontline.guard;

import java.util.List;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request is counted against: the connection's, or the one a trusted proxy wrote
 * into its header (see {@link RateLimitConfig#trustedProxyHeader()}).
 * <p>
 * An IPv6 client is counted by its /64: one machine is usually given a whole /64, and could
 * otherwise send each request from a fresh address.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * The client's address. Where a trusted header is missing or its entry is not an address, the
     * connection's address is used: that is the proxy's, so such requests share one budget rather
     * than letting a malformed header choose a fresh one.
     */
    public static String of(HttpServerRequest request, String trustedHeader, int hops) {
        if (trustedHeader != null) {
            String forwarded = fromHeader(request.headers().getAll(trustedHeader), "Forwarded".equalsIgnoreCase(trustedHeader), hops);
            String address = forwarded == null ? null : normalize(forwarded);
            if (address != null) {
                return address;
            }
        }
        SocketAddress remote = request.remoteAddress();
        if (remote == null || remote.host() == null) {
            return "unknown";
        }
        String address = normalize(remote.host());
        return address != null ? address : remote.host();
    }

    /**
     * The entry {@code hops} places from the right, over every line of the header in order: each
     * proxy appends the address it received the request from, so the right-most entries are the
     * trusted ones. For {@code Forwarded} (RFC 7239) the entry's {@code for=} value; null where the
     * header has fewer entries.
     */
    static String fromHeader(List<String> lines, boolean rfc7239, int hops) {
        int seen = 0;
        for (int line = lines.size() - 1; line >= 0; line--) {
            String value = lines.get(line);
            int end = value.length();
            while (end >= 0) {
                int comma = value.lastIndexOf(',', end - 1);
                String entry = value.substring(comma + 1, end).trim();
                if (!entry.isEmpty() && ++seen == hops) {
                    return rfc7239 ? forParameter(entry) : entry;
                }
                end = comma;
            }
        }
        return null;
    }

    /** {@code for=192.0.2.60;proto=https} or {@code for="[2001:db8::17]:4711"} -> the address part. */
    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.regionMatches(true, 0, "for=", 0, 4)) {
                String value = trimmed.substring(4);
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /**
     * An IPv4 address as it is, an IPv6 one as its /64 ({@code 2001:db8:1:2::/64}), without port,
     * brackets or zone; null where {@code text} is not an address (so never a host name to resolve).
     */
    static String normalize(String text) {
        String address = text;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                return null;
            }
            address = address.substring(1, close);
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0 && colon == address.lastIndexOf(':')) {
                address = address.substring(0, colon);
            }
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.indexOf(':') < 0) {
            return NetUtil.isValidIpV4Address(address) ? address : null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 4) {
            return NetUtil.bytesToIpAddress(bytes);
        }
        if (isIpv4Mapped(bytes)) {
            return NetUtil.bytesToIpAddress(bytes, 12, 4);
        }
        StringBuilder prefix = new StringBuilder(24);
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return prefix.append(":/64").toString();
    }

    /** ::ffff:a.b.c.d, an IPv4 client seen through an IPv6 socket or proxy. */
    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
