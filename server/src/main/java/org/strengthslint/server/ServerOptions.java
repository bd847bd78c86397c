package org.strengthslint.server;

import java.nio.file.Path;
import java.util.Objects;
import org.strengthslint.extract.ExtractionLimits;

/**
 * How {@code strengths-lint serve} runs.
 *
 * @param host          the address to listen on; {@code 127.0.0.1} keeps the page to this computer
 * @param port          the port, or 0 for any free one
 * @param configuration the configuration file for every document, or null for the nearest
 *                      {@code .strengths-lint.yml} at or above {@code folder}
 * @param folder        the folder the server was started in
 * @param limits        the same per-document limits as {@code check}: file size (also the upload
 *                      limit), text length, time and archive expansion
 */
public record ServerOptions(String host, int port, Path configuration, Path folder, ExtractionLimits limits) {
    public static final String LOCAL_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7878;

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a port (0 to 65535)");
        }
    }

    /** Local, on the default port, with the settings of the folder the server is started in. */
    public static ServerOptions local(Path folder) {
        return new ServerOptions(LOCAL_HOST, DEFAULT_PORT, null, folder, ExtractionLimits.DEFAULT);
    }

    /** Whether only this computer can reach the server. */
    public boolean isLocal() {
        return host.equals(LOCAL_HOST) || host.equals("localhost") || host.equals("::1") || host.equals("[::1]");
    }

    /** Whether it listens on every address of this computer ({@code 0.0.0.0}, {@code ::}). */
    public boolean isWildcard() {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The host as an address names it: an IPv6 address in brackets ({@code [::1]}). */
    String urlHost() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
