package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strengthslint.CheckSession;
import org.strengthslint.analyse.LanguageModels;
import org.strengthslint.api.CheckResult;
import org.strengthslint.data.InvalidDataException;

/** A session checks each document with its own configuration's linter, and says when that cannot be built. */
class CheckSessionTest {
    @Test
    void anInvalidConfigurationEndsTheRunInsteadOfFailingOneFile(@TempDir Path dir) throws Exception {
        Path configuration = Files.writeString(dir.resolve(".strengths-lint.yml"), "failOn: sometimes\n");
        Path letter = Files.writeString(dir.resolve("letter.txt"), "She has complex needs.\n");
        try (CheckSession session = CheckSession.builder(new LanguageModels())
                .configuration(configuration)
                .build()) {
            InvalidDataException e =
                    assertThrows(InvalidDataException.class, () -> session.check(letter, "letter.txt"));
            assertTrue(e.getMessage().contains(".strengths-lint.yml"), e.getMessage());
        }
    }

    @Test
    void aDocumentIsCheckedWithTheLinterOfItsConfiguration(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".strengths-lint.yml"), "rules:\n  complex-needs: off\n");
        Path letter = Files.writeString(dir.resolve("letter.txt"), "She has complex needs and is entrenched.\n");
        try (CheckSession session = CheckSession.builder(new LanguageModels()).build()) {
            CheckResult result = session.check(letter, "letter.txt");
            assertEquals(
                    java.util.List.of("entrenched"),
                    result.findings().stream().map(f -> f.rule()).toList());
        }
    }
}
