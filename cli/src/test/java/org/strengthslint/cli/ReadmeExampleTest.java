package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples do what it says: the library example compiles and runs, the quick start ends as quoted. */
class ReadmeExampleTest {
    @Test
    void theQuickStartEndsWithTheLineTheReadmeQuotes() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int said = readme.indexOf("Its last line reads");
        int start = readme.indexOf('`', said) + 1;
        String quoted = readme.substring(start, readme.indexOf('`', start));
        CliRun run = CliRun.run("check", "--color", "never", "../examples");
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        // a lost finding in the bundled letters shows here before a reader of the README sees it
        assertEquals(quoted, lines.get(lines.size() - 1));
    }

    @Test
    void theLibraryExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("## Use it as a library");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String source = readme.substring(start, readme.indexOf("```", start));
        Path file = dir.resolve("CheckLetters.java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(
                null,
                null,
                errors,
                "-d",
                dir.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                file.toString());
        assertEquals(0, status, errors.toString(StandardCharsets.UTF_8));

        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("CheckLetters").getMethod("main", String[].class).invoke(null, (Object)
                    new String[] {"src/test/resources/fixtures/letter.md", "no-such.docx"});
        } finally {
            System.setOut(original);
        }
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("1:8 complex needs [complex-needs] try: ["), lines.get(0));
        assertTrue(
                lines.get(1).startsWith("src/test/resources/fixtures/letter.md: ")
                        && lines.get(1).endsWith(" findings"),
                lines.get(1));
        assertEquals("no-such.docx: cannot be read: no such file", lines.get(2));
    }
}
