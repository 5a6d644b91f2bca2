package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnJarsTest {

    /**
     * {@code validate} run from the tool's jars looks for no rule plug-in: true only while nothing the tool is built of
     * registers one (the test class path holds every runtime dependency that goes into catalog.jar and catalog-lib.jar).
     */
    @Test
    void noModuleOrDependency_registersARulePlugIn() throws Exception {
        List<URL> found = Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/org.gkml.catalog.validation.RuleProvider"));
        assertEquals(List.of(), found);
    }

    @Test
    void ourJarAlone_isOnlyTheJarThisClassCameFrom(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("catalog.jar"));
        URL location = jar.toUri().toURL();
        assertTrue(OwnJars.only(jar.toString(), location));
        assertTrue(OwnJars.only(dir.resolve("x/../catalog.jar").toString(), location));
        assertFalse(OwnJars.only(jar + File.pathSeparator + dir.resolve("rules.jar"), location), "a plug-in jar beside it");
        assertFalse(OwnJars.only(dir.resolve("other.jar").toString(), location), "run from another jar that holds ours");
        assertFalse(OwnJars.only(dir.toString(), dir.toUri().toURL()), "classes in a folder (an IDE, the tests)");
        assertFalse(OwnJars.only(jar.toString(), null));
        assertFalse(OwnJars.only("", location));
        assertFalse(OwnJars.only(), "under the test runner the class path is many entries");
    }
}
