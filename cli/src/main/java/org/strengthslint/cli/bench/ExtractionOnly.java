package org.strengthslint.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.strengthslint.extract.DocumentReader;
import org.strengthslint.extract.UnreadableDocumentException;

/**
 * Extraction alone: reads every document under a folder through the same Tika parsers as a check,
 * on as many threads as a check uses, and checks nothing. {@code bench/office.sh} compares a whole
 * check of the folder against this. Not part of the tests: timings belong in benchmarks.
 */
public final class ExtractionOnly {
    private ExtractionOnly() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ExtractionOnly FOLDER");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).filter(DocumentReader::isSupported).sorted().toList();
        }
        DocumentReader reader = new DocumentReader();
        AtomicLong characters = new AtomicLong();
        AtomicLong unreadable = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> tasks = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                try {
                    characters.addAndGet(reader.read(file, file.toString()).text().length());
                } catch (UnreadableDocumentException e) {
                    unreadable.incrementAndGet();
                }
            })).toList();
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("%d documents, %,d characters extracted, %d unreadable%n", files.size(), characters.get(),
                unreadable.get());
    }
}
