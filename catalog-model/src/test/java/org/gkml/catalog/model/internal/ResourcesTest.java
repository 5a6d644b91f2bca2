package org.gkml.catalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {

    /** A class of its own, copied into jars made here. */
    public static final class Owner {
    }

    private static final String OWNER = "org/gkml/catalog/model/internal/ResourcesTest$Owner.class";

    private static Path jar(Path dir, String name, String data) throws Exception {
        Files.createDirectories(dir);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out);
             InputStream cls = ResourcesTest.class.getClassLoader().getResourceAsStream(OWNER)) {
            z.putNextEntry(new ZipEntry(OWNER));
            cls.transferTo(z);
            if (data != null) {
                z.putNextEntry(new ZipEntry("org/gkml/catalog/model/internal/data.txt"));
                z.write(data.getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Test
    void readFromTheJarTheClassCameFrom_evenInAFolderWithSpacesAndChinese(@TempDir Path dir) throws Exception {
        Path jar = jar(dir.resolve("目录 with space#1"), "tool.jar", "第一行\n2025-10-01\n");
        // a loader that will not hand out the file: only reading the jar itself finds it
        Class<?> owner = Class.forName(Owner.class.getName(), false, new URLClassLoader(new URL[] {jar.toUri().toURL()}, null) {
            @Override
            public URL getResource(String name) {
                return name.endsWith("data.txt") ? null : super.getResource(name);
            }
        });
        assertEquals(jar, Resources.jarOf(owner));
        assertEquals("第一行\n2025-10-01\n", new String(Resources.read(owner, "data.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aFileNotInTheJar_isLookedUpThroughTheClassLoader(@TempDir Path dir) throws Exception {
        Path jar = jar(dir, "bare.jar", null);
        Path withData = jar(dir.resolve("more"), "data.jar", "from the loader");
        URLClassLoader parent = new URLClassLoader(new URL[] {withData.toUri().toURL()}, null);
        // the owner from bare.jar (its own loader, whose parent holds the data file in another jar)
        Class<?> owner = Class.forName(Owner.class.getName(), false, new URLClassLoader(new URL[] {jar.toUri().toURL()}, null) {
            @Override
            public URL getResource(String name) {
                URL u = super.getResource(name);
                return u != null ? u : parent.getResource(name);
            }
        });
        assertEquals(jar, Resources.jarOf(owner));
        assertEquals("from the loader", new String(Resources.read(owner, "data.txt"), StandardCharsets.UTF_8));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Resources.read(owner, "none.txt"));
        assertEquals("missing resource org/gkml/catalog/model/internal/none.txt", missing.getMessage());
    }

    @Test
    void classesFromAFolder_readThroughTheClassLoader() {
        assertNull(Resources.jarOf(ResourcesTest.class), "the test classes are a folder");
        assertNotNull(Resources.read(org.gkml.catalog.model.ChineseText.class, "t2s.txt"));
        assertArrayEquals(Resources.read(org.gkml.catalog.model.ChineseText.class, "calendar-cn.txt"),
                readAll(org.gkml.catalog.model.ChineseText.class.getResourceAsStream("calendar-cn.txt")));
    }

    @Test
    void dataLines_withoutBlankLinesCommentsOrCarriageReturns() {
        assertEquals(java.util.List.of("萬\t万", "last\tline"), Resources.lines(ResourcesTest.class, "lines.tsv"));
    }

    @Test
    void aPropertiesFile_asABundleReadAsUtf8() {
        java.util.ResourceBundle b = Resources.bundle(ResourcesTest.class, "sample.properties");
        assertEquals("目录校验", b.getString("title"));
        assertEquals("第{0}行", b.getString("note"));
        assertEquals(java.util.Set.of("title", "note"), b.keySet());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
