package org.gkml.catalog.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Whether the tool runs from its own jars alone ({@code java -jar catalog.jar}: the class path is catalog.jar, and
 * catalog-lib.jar named in its manifest). Then no rule plug-in can be on the class path (the build puts none in either
 * jar; {@code OwnJarsTest} checks), and {@code validate} does not search for one: a {@link java.util.ServiceLoader}
 * search opens every jar on the class path, the 20,000-entry catalog-lib.jar too, some 8 ms of a first answer.
 * Run with {@code -cp catalog.jar:rules.jar org.gkml.catalog.cli.CatalogCli …} to add plug-ins.
 */
final class OwnJars {

    private OwnJars() {
    }

    static boolean only() {
        CodeSource source = CatalogCli.class.getProtectionDomain().getCodeSource();
        return only(System.getProperty("java.class.path", ""), source == null ? null : source.getLocation());
    }

    /** Whether a class path is one jar, the one at {@code location} (where this class was loaded from). */
    static boolean only(String classPath, URL location) {
        if (location == null || classPath.isEmpty() || classPath.indexOf(File.pathSeparatorChar) >= 0 || !classPath.endsWith(".jar")) {
            return false;
        }
        try {
            return Path.of(location.toURI()).toAbsolutePath().normalize().equals(Path.of(classPath).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) { // InvalidPathException too
            return false;
        }
    }
}
