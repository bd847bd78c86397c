package org.strengthslint.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every request passes before it is answered, so that a web page elsewhere cannot use a
 * person's local server: the Host must be a name or address this server listens on (a page whose
 * own name was made to point at this computer sends its own name: "DNS rebinding"), and a request
 * that changes or uploads anything must come from this server's own page (the browser's Origin and
 * Sec-Fetch-Site say where from). Every answer carries a Content-Security-Policy that allows only
 * this server's own scripts, styles and images, and no framing.
 */
final class RequestGuard {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Set<String> hostNames;

    RequestGuard(ServerOptions options) {
        Set<String> names = new HashSet<>(Set.of("127.0.0.1", "localhost", "[::1]"));
        names.add(options.urlHost().toLowerCase(Locale.ROOT));
        if (options.isWildcard()) {
            names.addAll(thisComputersNames());
        }
        this.hostNames = Set.copyOf(names);
    }

    /** This computer's name and every address of its network interfaces, as a Host header gives them. */
    private static Set<String> thisComputersNames() {
        Set<String> names = new HashSet<>();
        try {
            InetAddress self = InetAddress.getLocalHost();
            names.add(self.getHostName().toLowerCase(Locale.ROOT));
            names.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            // no name: addresses only
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    text = zone < 0 ? text : text.substring(0, zone);
                    names.add(text.contains(":") ? "[" + text + "]" : text);
                }
            }
        } catch (SocketException e) {
            // no interfaces listed: the local names only
        }
        return names;
    }

    void check(Context ctx) {
        secure(ctx);
        String host = ctx.header("Host");
        if (host == null || !hostNames.contains(hostName(host))) {
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
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cache-Control", "no-store");

    static void secure(Context ctx) {
        HEADERS.forEach(ctx::header);
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
