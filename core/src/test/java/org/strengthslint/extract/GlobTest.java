package org.strengthslint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobTest {
    private static boolean matches(String glob, String path) {
        return new Glob(glob).matches(Path.of(path));
    }

    @Test
    void doubleStarIsZeroOrMoreFolders() {
        assertTrue(matches("policies/**/*.pdf", "policies/x.pdf"));
        assertTrue(matches("policies/**/*.pdf", "policies/2024/hr/x.pdf"));
        assertFalse(matches("policies/**/*.pdf", "letters/policies/x.pdf"));
        assertFalse(matches("policies/**/*.pdf", "policies/x.docx"));
        assertTrue(matches("**/*.md", "a.md"));
        assertTrue(matches("drafts/**", "drafts"));
        assertTrue(matches("drafts/**", "drafts/a/b.md"));
        assertTrue(matches("./policies/*.md", "policies/a.md"));
        assertTrue(matches("/policies/*.md", "policies/a.md"));
    }

    @Test
    void aGlobWithoutSlashMatchesANameAtAnyDepth() {
        assertTrue(matches("*.docx", "a/b/letter.docx"));
        assertTrue(matches("archive", "2023/archive/old.md"));
        assertTrue(matches("archive/", "2023/archive"));
        assertFalse(matches("*.docx", "a/b/letter.doc"));
        assertTrue(matches("letter-?.md", "letter-1.md"));
        assertFalse(matches("Letter.md", "letter.md"), "names are compared exactly");
    }

    @Test
    void bracesAreAlternatives() {
        assertTrue(matches("*.{md,txt}", "notes/a.txt"));
        assertTrue(matches("{policies,letters}/**/*.md", "letters/a.md"));
        assertFalse(matches("{policies,letters}/**/*.md", "plans/a.md"));
        assertTrue(matches("x{a,{b,c}}y.md", "xcy.md"));
        assertEquals(
                "glob '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}' stands for more than 256 alternatives",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new Glob("{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}"))
                        .getMessage());
        assertEquals(
                "glob ' ' is empty",
                assertThrows(IllegalArgumentException.class, () -> new Glob(" "))
                        .getMessage());
        assertEquals("is empty", Glob.problem("./"));
        assertEquals("is empty", Glob.problem("/"));
    }

    /** Maven's matcher would read these as regular expressions: a hostile one takes exponential time. */
    @Test
    void regularExpressionPatternsAreRefused() {
        String reason = "is a regular expression (%regex[...] or %ant[...]), which is not supported: use * and **";
        assertEquals(reason, Glob.problem("%regex[(.*a)(.*a)(.*a)(.*a)/c]"));
        assertEquals(reason, Glob.problem("{docs,%regex[(/x]}"));
        assertEquals(reason, Glob.problem("%ant[**/*.md]"));
        assertEquals(
                "glob '%regex[(/x]' " + reason,
                assertThrows(IllegalArgumentException.class, () -> new Glob("%regex[(/x]"))
                        .getMessage());
    }

    /** A hostile glob from a pull request's configuration must not take exponential time. */
    @Test
    void aGlobOfManyStarsAgainstALongNameTakesLittleTime() {
        String glob = "*a".repeat(40) + "*c";
        String name = "a".repeat(200);
        String path = (name + "/").repeat(10) + name;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertFalse(matches(glob, name));
            assertFalse(matches("**/" + glob + "/**/" + glob, path));
        });
    }

    @Test
    void aFolderScanFindsFilesDirectlyInsideTheFolderOfADoubleStarGlob(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("policies/hr"));
        Files.writeString(dir.resolve("policies/x.md"), "x");
        Files.writeString(dir.resolve("policies/hr/y.md"), "y");
        Files.writeString(dir.resolve("z.md"), "z");
        List<Path> found = new DocumentFinder(List.of("policies/**/*.md"), List.of()).find(dir);
        assertEquals(List.of(dir.resolve("policies/hr/y.md"), dir.resolve("policies/x.md")), found);
        assertEquals(
                List.of(dir.resolve("policies/x.md"), dir.resolve("z.md")),
                new DocumentFinder(List.of(), List.of("hr/")).find(dir));
    }
}
