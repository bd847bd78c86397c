package org.strengthslint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What {@code serve} says when it cannot start; a running server is tested by ServeJarIT and the server module. */
class ServeCommandTest {
    @Test
    void aPortInUseIsNamedWithAWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CliRun run = CliRun.run("serve", "--port", Integer.toString(port));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("strengths-lint: cannot listen on 127.0.0.1:" + port + " ("), run.err());
            assertTrue(run.err().strip().endsWith("; try another with --port"), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run("serve", "--port", "70000");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("strengths-lint: --port 70000 is not a port (0 to 65535)\n", run.err());
    }

    @Test
    void aMissingConfigurationFileIsNamed() {
        CliRun run = CliRun.run("serve", "--port", "0", "--config", "no-such-settings.yml");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("strengths-lint: no configuration file no-such-settings.yml\n", run.err());
    }

    @Test
    void helpDescribesEveryOption() {
        CliRun run = CliRun.run("serve", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--port", "--host", "--open", "--config", "--max-file-size", "--timeout"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }
}
