package org.gkml.catalog.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The data files beside a class (the calendar, the vocabulary, the help, the audit's messages), read from the jar the class came
 * from when it came from one, and through its class loader otherwise (a folder of classes, another kind of loader).
 *
 * <p>Why not {@link Class#getResourceAsStream} alone: the first resource a JVM looks up through the application class
 * loader asks the platform and boot loaders first, and they search each of the JDK's modules, starting the JDK's
 * module-image reader on the way: about 7 ms, a quarter of what {@code catalog deadline} does after the JVM has
 * started. Reading the entry from the jar costs a tenth of that. The jar is opened once and kept open, as the class
 * loader keeps it: with the class-data archive, no class is read from the jar and the loader never opens it, and each
 * opening reads the jar's whole index again (some 1.5 ms for catalog.jar). The bytes are the same; a file that is not
 * in the jar (a repackaging that moved it) is looked up the usual way.
 */
public final class Resources {

    private Resources() {
    }

    /** The bytes of the data file {@code name} in the package of {@code owner}. */
    public static byte[] read(Class<?> owner, String name) {
        String entry = owner.getPackageName().replace('.', '/') + "/" + name;
        try {
            Path jar = jarOf(owner);
            if (jar != null) {
                ZipFile z = open(jar);
                ZipEntry e = z.getEntry(entry);
                if (e != null) {
                    try (InputStream in = z.getInputStream(e)) {
                        return in.readAllBytes();
                    }
                }
            }
            try (InputStream in = owner.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + entry);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(entry, e);
        }
    }

    /** The jars opened, kept open for the life of the JVM (as the class loader keeps its own). */
    private static final java.util.Map<Path, ZipFile> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static ZipFile open(Path jar) throws IOException {
        ZipFile z = OPEN.get(jar);
        if (z == null) {
            z = new ZipFile(jar.toFile());
            ZipFile before = OPEN.putIfAbsent(jar, z);
            if (before != null) { // opened at the same time by another thread
                z.close();
                z = before;
            }
        }
        return z;
    }

    /** The text (UTF-8) of the data file {@code name} in the package of {@code owner}. */
    public static String text(Class<?> owner, String name) {
        return new String(read(owner, name), StandardCharsets.UTF_8);
    }

    /** The lines of a data file that hold data: blank lines and comments (lines starting with #) left out. */
    public static List<String> lines(Class<?> owner, String name) {
        List<String> out = new ArrayList<>();
        String text = text(owner, name);
        for (int start = 0, end; start < text.length(); start = end + 1) { // no regular expression on a first answer's way
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * A properties file (UTF-8) as a resource bundle without parents: what {@link java.util.ResourceBundle#getBundle}
     * would give for it, without that method's search of every jar for bundle classes of each candidate locale.
     */
    public static ResourceBundle bundle(Class<?> owner, String name) {
        try {
            return new PropertyResourceBundle(new StringReader(text(owner, name)));
        } catch (IOException e) { // a string is read without fail
            throw new UncheckedIOException(e);
        }
    }

    /** The jar a class was loaded from, or null when it was not loaded from a jar file. */
    static Path jarOf(Class<?> owner) {
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol()) || !location.getPath().endsWith(".jar")) {
            return null;
        }
        try {
            Path p = Path.of(location.toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
