package org.strengthslint.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.strengthslint.extract.DocumentReader;

/** What the extraction benchmarks share: the documents a check of a folder reads, read on as many threads as a check uses. */
final class FolderRun {
    private FolderRun() {}

    /** One document's work; returns the characters it extracted, or -1 when it could not. */
    interface DocumentTask {
        long run(Path file) throws Exception;
    }

    /**
     * Runs {@code task} on every supported document under the folder named by the only argument,
     * and prints how many documents, characters and failures there were.
     */
    static void run(String name, String[] args, DocumentTask task) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: " + name + " FOLDER");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(DocumentReader::isSupported)
                    .sorted()
                    .toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        long characters = 0;
        int failed = 0;
        try {
            List<Future<Long>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> task.run(file)));
            }
            for (Future<Long> result : tasks) {
                long extracted = result.get();
                if (extracted < 0) {
                    failed++;
                } else {
                    characters += extracted;
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("%d documents, %,d characters extracted, %d unreadable%n", files.size(), characters, failed);
    }
}
