package org.strengthslint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathFilterTest {
    @TempDir
    Path root;

    @Test
    void includeAndExcludeGlobsAreRelativeToTheConfigurationFile() {
        Configuration c =
                ConfigurationLoader.parse("include: ['policies/**', '*.md']\nexclude: ['**/drafts/**']\n", "cfg", root);
        PathFilter filter = new PathFilter(c);
        assertTrue(filter.accepts(root.resolve("policies/access.txt")));
        assertTrue(filter.accepts(root.resolve("README.md")));
        assertFalse(filter.accepts(root.resolve("notes/today.txt")));
        assertFalse(filter.accepts(root.resolve("policies/drafts/old.txt")));
        assertTrue(new PathFilter(Configuration.DEFAULT).accepts(root.resolve("anything.txt")));
    }

    @Test
    void theNearestConfigurationAboveAFileGovernsIt() throws Exception {
        Path top = Files.writeString(root.resolve(ConfigurationLoader.FILE_NAME), "failOn: error\n");
        Path team = Files.createDirectories(root.resolve("teams/outreach"));
        Path teamConfig = Files.writeString(root.resolve("teams/" + ConfigurationLoader.FILE_NAME), "failOn: info\n");
        ConfigurationFinder finder = new ConfigurationFinder();
        assertEquals(Optional.of(teamConfig.toAbsolutePath()), finder.find(team.resolve("plan.md")));
        assertEquals(Optional.of(top.toAbsolutePath()), finder.find(root.resolve("letter.md")));
        assertEquals(Optional.of(top.toAbsolutePath()), finder.find(root));
    }
}
