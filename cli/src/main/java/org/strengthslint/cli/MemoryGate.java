package org.strengthslint.cli;

import java.util.concurrent.Semaphore;

/**
 * Keeps the documents being read at the same time within the memory the JVM has: each holds
 * permits in proportion to its file size, so many small documents run in parallel while a very
 * large one waits until it can run (alone, if need be). Nothing of a document is kept after it
 * is checked, only its findings, so a folder of any size runs in bounded memory.
 */
final class MemoryGate {
    /** Memory a document may need while read and checked, per byte of file (text, copies, parser). */
    static final int BYTES_PER_FILE_BYTE = 8;

    private static final int UNIT = 64 * 1024;

    private final Semaphore permits;
    private final int total;

    MemoryGate(long budgetBytes) {
        this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        this.permits = new Semaphore(total, true);
    }

    /** A gate over half of the JVM's maximum heap. */
    static MemoryGate forHeap() {
        return new MemoryGate(Runtime.getRuntime().maxMemory() / 2);
    }

    /** Waits until a document of {@code fileBytes} may start; close the result when it is done. */
    Pass enter(long fileBytes) throws InterruptedException {
        long wanted = Math.max(1, fileBytes * BYTES_PER_FILE_BYTE / UNIT);
        int count = (int) Math.min(total, wanted);
        permits.acquire(count);
        return () -> permits.release(count);
    }

    interface Pass extends AutoCloseable {
        @Override
        void close();
    }
}
