package org.strengthslint.cli.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.strengthslint.extract.DocumentReader;

/**
 * Tika's own extraction alone, as an application would ask Tika for the text of a file: one
 * {@link AutoDetectParser} (content detection, then whichever of the bundled parsers fits) and a
 * {@link BodyContentHandler}, on as many threads as a check uses, for the same files a check
 * reads. {@code bench/office.sh} reports a check against this beside {@link ExtractionOnly}
 * (strengths-lint's own reading of the files, which is faster: it skips Tika for DOCX and ODT and
 * picks one parser by format). Not part of the tests: timings belong in benchmarks.
 */
public final class TikaExtractionOnly {
    private TikaExtractionOnly() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TikaExtractionOnly FOLDER");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong characters = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> {
                    try (InputStream in = Files.newInputStream(file)) {
                        BodyContentHandler text = new BodyContentHandler(-1);
                        parser.parse(in, text, new Metadata(), new ParseContext());
                        characters.addAndGet(text.toString().length());
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("%d documents, %,d characters extracted, %d failed%n", files.size(), characters.get(),
                failed.get());
    }
}
