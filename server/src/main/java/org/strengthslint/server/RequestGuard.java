package org.strengthslint.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before it is answered, so that a web page elsewhere cannot use a
 * person's local server: the Host must be one this server answers to (a page whose own name was
 * made to point at 127.0.0.1 sends its own name), and a request that changes or uploads anything
 * must come from this server's own page (the browser's Origin and Sec-Fetch-Site say where from).
 * Every answer carries a Content-Security-Policy that allows only this server's own scripts,
 * styles and images, and no framing.
 */
final class RequestGuard {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Set<String> hostNames;
    private final boolean anyHost;

    /** @param host the address the server listens on */
    RequestGuard(String host) {
        String listening = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        this.anyHost = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        java.util.Set<String> names = new java.util.HashSet<>(LOCAL_NAMES);
        names.add(listening.toLowerCase(Locale.ROOT));
        this.hostNames = Set.copyOf(names);
    }

    void check(Context ctx) {
        secure(ctx);
        String host = ctx.header("Host");
        if (!anyHost && (host == null || !hostNames.contains(hostName(host)))) {
            throw new ApiError(403, "this server answers only to its own address, not to " + printable(host));
        }
        if (changes(ctx.method())) {
            String site = ctx.header("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw new ApiError(
                        403, "requests from other web sites are refused (Sec-Fetch-Site: " + printable(site) + ")");
            }
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
                throw new ApiError(403, "requests from other web sites are refused (from " + printable(origin) + ")");
            }
        }
    }

    /** The headers every answer carries, error pages included. */
    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private static boolean changes(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** "localhost:7878" -> "localhost", "[::1]:7878" -> "[::1]". */
    static String hostName(String host) {
        String lower = host.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("[")) {
            int end = lower.indexOf(']');
            return end < 0 ? lower : lower.substring(0, end + 1);
        }
        int colon = lower.lastIndexOf(':');
        return colon < 0 ? lower : lower.substring(0, colon);
    }

    private static String printable(String value) {
        if (value == null) {
            return "no address";
        }
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
