package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a Central release needs: the licence, the POM metadata, and a BOM that pins every library artifact. */
class ReleaseMetadataTest {

    private static final Path ROOT = Path.of("..");

    private static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theLicenceIsApache2_andThePomsSaySo() throws Exception {
        assertTrue(Files.readString(ROOT.resolve("LICENSE")).contains("Apache License\n                           Version 2.0"));
        for (String pom : List.of("pom.xml", "catalog-bom/pom.xml")) {
            String text = Files.readString(ROOT.resolve(pom));
            for (String element : List.of("<url>", "<licenses>", "<name>Apache-2.0</name>", "<scm>", "<connection>", "<developers>")) {
                assertTrue(text.contains(element), pom + " has " + element);
            }
        }
    }

    @Test
    void theBom_managesEveryModuleAnEmbedderUses() throws Exception {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        TreeSet<String> modules = new TreeSet<>(all(parent, "<module>([^<]+)</module>"));
        modules.removeAll(List.of("catalog-bom", "examples", "benchmarks"));
        String bom = Files.readString(ROOT.resolve("catalog-bom/pom.xml"));
        assertEquals(modules, new TreeSet<>(all(bom, "<dependency><groupId>org.gkml</groupId><artifactId>([^<]+)</artifactId>")));
        assertTrue(!bom.contains("<parent>"), "no parent: importing the BOM pins no third-party version");
    }

    @Test
    void theReadme_isAUsersPage_andEveryLinkOfItAndDocsResolves() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int words = readme.trim().split("\\s+").length;
        assertTrue(words <= 1_800, "README has " + words + " words");
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (var docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
        }
        for (Path page : pages) {
            for (String link : all(Files.readString(page), "\\]\\(([^)\\s#]+)(?:#[^)]*)?\\)")) {
                if (!link.startsWith("http")) {
                    assertTrue(Files.exists(page.getParent().resolve(link)), page + " links to " + link);
                }
            }
        }
    }

    @Test
    void deadlineHelp_documentsTheCalendarFile() {
        CatalogCliTest.Run r = CatalogCliTest.run("deadline", "--help");
        assertTrue(r.out().contains("2027 off 01-01") && r.out().contains("2027 work") && r.out().contains("provisional"), r.out());
    }
}
