package org.strengthslint.extract;

import java.util.function.Supplier;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's archive-bomb settings ({@link ZipSecureFile}'s minimum inflate ratio and maximum number of
 * entries), which are settings of the whole JVM. Loading Tika's OOXML parser class changes them:
 * it switches POI's ratio check off and raises the entry count, trusting checks of its own that
 * only its auto-detecting parser applies. strengths-lint does not rely on POI's check (every part
 * of a DOCX or PPTX is read through {@link ExpansionLimit}), but other code in the same JVM may: a
 * Maven build, or an application that embeds the library. So that reading one presentation does
 * not weaken them, the parser is loaded once through {@link #keptAround}, which puts back what
 * was there before. POI offers no per-document setting, and Tika none that avoids the change.
 */
record PoiZipSettings(double minInflateRatio, long maxFileCount) {
    static PoiZipSettings current() {
        return new PoiZipSettings(ZipSecureFile.getMinInflateRatio(), ZipSecureFile.getMaxFileCount());
    }

    void restore() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxFileCount(maxFileCount);
    }

    /** What {@code load} makes, with POI's settings as they were before it ran. */
    static <T> T keptAround(Supplier<T> load) {
        PoiZipSettings before = current();
        try {
            return load.get();
        } finally {
            before.restore();
        }
    }
}
