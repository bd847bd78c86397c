package org.strengthslint.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strengthslint.Linter;
import org.strengthslint.api.CheckResult;

/**
 * Measures the engine alone on one file: the first (cold) check, then the steady rate over
 * repeated checks once the JIT has warmed up. Run by {@code bench/run.sh}; not part of the tests,
 * because timings belong in benchmarks, never in unit tests.
 */
public final class EngineThroughput {
    private EngineThroughput() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EngineThroughput FILE [SECONDS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        String text = Files.readString(file, StandardCharsets.UTF_8);
        double megabytes = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);

        long t0 = System.nanoTime();
        Linter linter = Linter.builder().build();
        long t1 = System.nanoTime();
        CheckResult first = linter.check(text, file.getFileName().toString());
        long t2 = System.nanoTime();

        int runs = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline || runs < 3) {
            linter.check(text, file.getFileName().toString());
            runs++;
        }
        double steady = (System.nanoTime() - start) / 1e9 / runs;

        System.out.printf(
                Locale.ROOT,
                "file: %s (%.2f MB, %,d words, %,d findings)%n",
                file,
                megabytes,
                first.words(),
                first.findings().size());
        System.out.printf(Locale.ROOT, "linter build (lexicon load and compile): %.3f s%n", (t1 - t0) / 1e9);
        System.out.printf(
                Locale.ROOT,
                "first check (cold, loads models): %.3f s = %.1f MB/s%n",
                (t2 - t1) / 1e9,
                megabytes / ((t2 - t1) / 1e9));
        System.out.printf(
                Locale.ROOT, "steady check (mean of %d runs): %.3f s = %.1f MB/s%n", runs, steady, megabytes / steady);
    }
}
