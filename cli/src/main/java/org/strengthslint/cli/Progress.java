package org.strengthslint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long scans, shown only when standard error is a terminal
 * and the report is for people (the text format): never in JSON, never in a pipe or a CI log.
 */
abstract class Progress implements AutoCloseable {
    /** Scans of fewer documents finish too soon for a bar to help. */
    static final int MIN_DOCUMENTS = 20;

    abstract void step();

    @Override
    public abstract void close();

    static final Progress NONE = new Progress() {
        @Override
        void step() {}

        @Override
        public void close() {}
    };

    /** True when a bar is wanted: a long scan, a report for people, and a terminal to draw on. */
    static boolean wanted(boolean textReport, int documents, boolean stderrIsTerminal) {
        return textReport && documents >= MIN_DOCUMENTS && stderrIsTerminal;
    }

    static Progress start(boolean textReport, int documents) {
        if (!wanted(textReport, documents, stderrIsTerminal())) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Checking")
                .setInitialMax(documents)
                .setUnit(" documents", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build();
        return new Progress() {
            @Override
            void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /**
     * Standard error is a terminal: on Linux, file descriptor 2 is a tty device; elsewhere, the
     * JVM has a console (which needs standard input and output on a terminal too). Never with
     * {@code TERM=dumb}.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return Terminal.interactive();
    }
}
