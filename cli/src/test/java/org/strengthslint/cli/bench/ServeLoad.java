package org.strengthslint.cli.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.server.LintServer;
import org.strengthslint.server.ServerOptions;

/**
 * The server of {@code strengths-lint serve} under load, in this process (bench/serve.sh):
 *
 * <ol>
 *   <li>a one-page letter (bench/corpus/homelessness-decision-letter.md, 419 words) sent to
 *       {@code POST /api/check} 200 times one after another, after 50 to warm up: median and 95th
 *       percentile of the time from sending the request to having the whole answer, over loopback
 *       (so an upper bound on the server's own time); target: 95th percentile under 50 ms;</li>
 *   <li>ten policy-length Word documents (about 3,300 words each, made here from bench/corpus)
 *       uploaded at once, three times: every answer 200, the time for all ten, and the most heap
 *       the JVM used meanwhile (run it with -Xmx to see memory stay bounded).</li>
 * </ol>
 *
 * Exit code 0 when the target is met and every answer was 200. Not part of the tests: timings
 * belong in benchmarks.
 */
public final class ServeLoad {
    private ServeLoad() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "bench/corpus");
        String letter = Files.readString(corpus.resolve("homelessness-decision-letter.md"));
        List<Path> pieces;
        try (Stream<Path> files = Files.list(corpus)) {
            pieces = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path folder = Files.createTempDirectory("serve-load");
        try (LintServer server = LintServer.start(
                new ServerOptions("127.0.0.1", 0, null, folder, org.strengthslint.extract.ExtractionLimits.DEFAULT),
                new LanguageModels())) {
            HttpClient http = HttpClient.newHttpClient();
            URI check = server.address().resolve("api/check");
            for (int i = 0; i < 50; i++) {
                send(http, textRequest(check, letter));
            }
            long[] times = new long[200];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                int status = send(http, textRequest(check, letter));
                times[i] = System.nanoTime() - start;
                if (status != 200) {
                    throw new IllegalStateException("answer " + status);
                }
            }
            Arrays.sort(times);
            double median = times[times.length / 2] / 1e6;
            double p95 = times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "one-page letter (%d words), warm, %d requests: median %.1f ms, 95th percentile %.1f ms "
                            + "(target < 50 ms)%n",
                    letter.split("\\s+").length,
                    times.length,
                    median,
                    p95);

            List<byte[]> policies = new ArrayList<>();
            int words = 0;
            for (int i = 0; i < 10; i++) {
                StringBuilder text = new StringBuilder();
                for (int j = 0; j < 8; j++) {
                    text.append(Files.readString(pieces.get((i + j) % pieces.size())))
                            .append('\n');
                }
                words += text.toString().split("\\s+").length;
                policies.add(docx(text.toString()));
            }
            boolean allAnswered = true;
            ExecutorService pool = Executors.newFixedThreadPool(10);
            try {
                for (int round = 1; round <= 3; round++) {
                    resetPeaks();
                    long start = System.nanoTime();
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int i = 0; i < policies.size(); i++) {
                        byte[] policy = policies.get(i);
                        String name = "policy-" + i + ".docx";
                        answers.add(pool.submit(() -> send(http, fileRequest(check, name, policy))));
                    }
                    int ok = 0;
                    for (Future<Integer> answer : answers) {
                        ok += answer.get() == 200 ? 1 : 0;
                    }
                    allAnswered &= ok == policies.size();
                    System.out.printf(
                            Locale.ROOT,
                            "10 policy-length DOCX (%d words each on average) at once, round %d: %d answered 200 in "
                                    + "%.2f s; most heap used %d MB of %d MB%n",
                            words / policies.size(),
                            round,
                            ok,
                            (System.nanoTime() - start) / 1e9,
                            peakHeap() / (1024 * 1024),
                            Runtime.getRuntime().maxMemory() / (1024 * 1024));
                }
            } finally {
                pool.shutdownNow();
            }
            System.exit(p95 < 50 && allAnswered ? 0 : 1);
        }
    }

    private static HttpRequest textRequest(URI uri, String text) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpRequest fileRequest(URI uri, String name, byte[] content) {
        String boundary = "----serve-load-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    private static int send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\n")) {
                if (!paragraph.isBlank()) {
                    doc.createParagraph().createRun().setText(paragraph);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
