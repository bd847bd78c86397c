package org.strengthslint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.strengthslint.config.ConfigurationLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Writes a commented starter .strengths-lint.yml (never over an existing file).")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            paramLabel = "FOLDER",
            arity = "0..1",
            defaultValue = ".",
            description = "Where to write it (default: the current folder).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        Path file = folder.resolve(ConfigurationLoader.FILE_NAME);
        try (InputStream starter = InitCommand.class.getResourceAsStream("starter-config.yml")) {
            if (starter == null) {
                throw new IllegalStateException("the starter configuration is missing from the jar");
            }
            Files.write(file, starter.readAllBytes(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("strengths-lint: " + file + " already exists; it was left as it is");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().println("wrote " + file);
        spec.commandLine().getOut().flush();
        return ExitCodes.CLEAN;
    }
}
