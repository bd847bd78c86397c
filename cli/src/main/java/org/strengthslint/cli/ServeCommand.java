package org.strengthslint.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strengthslint.CheckSession;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.report.VisibleText;
import org.strengthslint.server.LintServer;
import org.strengthslint.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Starts a page in your browser to check a letter: paste text or drop a document, see what to "
                    + "reconsider and why, take the suggestions, and download a Word document back with comments.",
            "",
            "Only this computer can use the page, unless --host says otherwise. The organisation's settings apply: "
                    + "the .strengths-lint.yml of the folder it is started in (or above it), or --config. "
                    + "A JSON API sits beside the page (POST /api/check, POST /api/review, GET /api/rules). "
                    + "Stop it with Ctrl+C."
        },
        footer = {
            "",
            "Exit codes:",
            "  0  the server was stopped",
            "  2  bad usage, invalid configuration, or the port cannot be used",
            "",
            "Examples:",
            "  strengths-lint serve",
            "  strengths-lint serve --open --port 8080",
            "  strengths-lint serve --config policies/.strengths-lint.yml"
        })
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7878",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = ServerOptions.LOCAL_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). Another address "
                    + "lets anyone who can reach it use the page and the API.")
    String host;

    @Option(names = "--open", description = "Open the page in the default browser once it is ready.")
    boolean open;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (default: the nearest .strengths-lint.yml at or above this folder).")
    Path config;

    @Mixin
    LimitOptions limits = new LimitOptions();

    private final LanguageModels models;

    ServeCommand(LanguageModels models) {
        this.models = models;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (config != null && !Files.isRegularFile(config)) {
            err.println("strengths-lint: no configuration file " + VisibleText.escape(config.toString()));
            return ExitCodes.USAGE;
        }
        Path folder = Path.of("").toAbsolutePath();
        Integer configuredMaxExpansion;
        try (CheckSession session =
                CheckSession.builder(models).configuration(config).build()) {
            configuredMaxExpansion = session.configurationFor(folder).maxExpansion();
        }
        ServerOptions options;
        try {
            options = new ServerOptions(host, port, config, folder, limits.limits(configuredMaxExpansion));
        } catch (IllegalArgumentException e) {
            err.println("strengths-lint: --" + VisibleText.escape(e.getMessage()));
            return ExitCodes.USAGE;
        }
        LintServer server;
        try {
            server = LintServer.start(options, models);
        } catch (IllegalStateException e) {
            err.println("strengths-lint: " + VisibleText.escape(e.getMessage())
                    + (port == 0 ? "" : "; try another with --port"));
            return ExitCodes.USAGE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "strengths-lint-serve-stop"));
        if (!options.isLocal()) {
            err.println("strengths-lint: warning: listening on " + VisibleText.escape(host)
                    + ": anyone who can reach this address can use the page and the API, and read what they check");
        }
        out.println("strengths-lint is ready: open " + server.address() + " in your browser (Ctrl+C stops it)");
        out.flush();
        if (open) {
            openBrowser(server, err);
        }
        server.await();
        return ExitCodes.CLEAN;
    }

    private static void openBrowser(LintServer server, PrintWriter err) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(server.address());
                return;
            }
        } catch (Exception e) {
            // Java's desktop support is missing on many Linux desktops: try the desktop's own opener
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path opener = Path.of(folder, "xdg-open");
            if (!folder.isEmpty() && Files.isExecutable(opener)) {
                try {
                    new ProcessBuilder(opener.toString(), server.address().toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
                    return;
                } catch (java.io.IOException e) {
                    break;
                }
            }
        }
        err.println("strengths-lint: cannot open a browser here; open " + server.address() + " yourself");
    }
}
