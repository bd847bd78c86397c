package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

/**
 * Reading documents leaves POI's archive-bomb settings, which belong to the whole JVM, as POI set
 * them: loading Tika's OOXML parser (for the first presentation) would otherwise switch them off.
 */
class PoiZipSettingsTest {
    /** POI's own values: a part may not expand more than 100 times, an archive hold over 1,000 entries. */
    private static final PoiZipSettings POI_DEFAULTS = new PoiZipSettings(0.01, 1000);

    @Test
    void readingEveryKindOfDocumentLeavesPoisSettingsAlone() throws Exception {
        // core's build runs this class alone in a fresh JVM (core/pom.xml), where nothing has
        // loaded Tika's OOXML parser yet: the first load is the one that would change the settings
        assertEquals(POI_DEFAULTS, PoiZipSettings.current(), "before reading anything");
        try (DocumentReader reader = new DocumentReader()) {
            for (String file : new String[] {"slides.pptx", "parity.docx", "parity.doc", "review.msg", "slides.odp"}) {
                reader.read(OfficeExtractionTest.DOCUMENTS.resolve(file), file);
                assertEquals(POI_DEFAULTS, PoiZipSettings.current(), "after reading " + file);
            }
        }
    }

    @Test
    void whatALoaderChangesIsPutBack() {
        PoiZipSettings before = PoiZipSettings.current();
        String made = PoiZipSettings.keptAround(() -> {
            // what loading Tika's OOXML parser does
            ZipSecureFile.setMinInflateRatio(-1.0);
            ZipSecureFile.setMaxFileCount(10_000);
            return "parser";
        });
        assertEquals("parser", made);
        assertEquals(before, PoiZipSettings.current());
    }

    @Test
    void settingsAreRestoredEvenWhenLoadingFails() {
        PoiZipSettings before = PoiZipSettings.current();
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> PoiZipSettings.keptAround(() -> {
                    ZipSecureFile.setMinInflateRatio(-1.0);
                    throw new IllegalStateException("could not load");
                }));
        assertEquals("could not load", failed.getMessage());
        assertEquals(before, PoiZipSettings.current());
    }
}
