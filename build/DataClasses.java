import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Writes data files that a first answer reads as Java classes, at build time (the modules' generate-sources phase):
 * the files stay the data people edit, and the tool gets their contents with the class, without reading, decoding and
 * parsing a file from the jar (some 2–3 ms each of a first answer, in a JVM that has compiled nothing). The JDK builds
 * its own resource bundles the same way.
 *
 * <pre>
 *   java build/DataClasses.java bundle FILE.properties OUT_DIR PACKAGE CLASS   a ListResourceBundle of the file (UTF-8)
 *   java build/DataClasses.java pairs FILE.txt OUT_DIR PACKAGE CLASS          a string of the file's two-character lines
 * </pre>
 *
 * Blank lines and lines starting with # are not data. A class is rewritten only when its text changes.
 */
public final class DataClasses {

    private DataClasses() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 || !(args[0].equals("bundle") || args[0].equals("pairs"))) {
            System.err.println("usage: java DataClasses.java bundle|pairs FILE OUT_DIR PACKAGE CLASS");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String pkg = args[3];
        String cls = args[4];
        String body = args[0].equals("bundle") ? bundle(file, text, cls) : pairs(file, text, cls);
        String source = "package " + pkg + ";\n\n"
                + "/** Made at build time from " + file.getFileName() + " by build/DataClasses.java: edit that file, not this one. */\n"
                + body;
        Path out = Path.of(args[2], pkg.replace('.', '/'), cls + ".java");
        Files.createDirectories(out.getParent());
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(source)) {
            Files.writeString(out, source, StandardCharsets.UTF_8);
        }
    }

    /** A ListResourceBundle holding the properties, keys in order. */
    private static String bundle(Path file, String text, String cls) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        StringBuilder b = new StringBuilder("final class " + cls + " extends java.util.ListResourceBundle {\n\n"
                + "    @Override\n    protected Object[][] getContents() {\n        return new Object[][] {\n");
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            b.append("            {").append(literal(key)).append(", ").append(literal(p.getProperty(key))).append("},\n");
        }
        return b.append("        };\n    }\n}\n").toString();
    }

    /** A class with one constant: the two characters of every data line, one after the other. */
    private static String pairs(Path file, String text, String cls) {
        List<String> pairs = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.length() != 2) {
                System.err.println(file + ":" + n + ": expected two characters, found \"" + line + "\"");
                System.exit(1);
            }
            pairs.add(line);
        }
        StringBuilder b = new StringBuilder("final class " + cls + " {\n\n    private " + cls + "() {\n    }\n\n"
                + "    /** The pairs of " + file.getFileName() + ", one after the other. */\n    static final String PAIRS =\n");
        for (int i = 0; i < pairs.size(); i += 16) {
            b.append(i == 0 ? "            " : "            + ")
                    .append(literal(String.join("", pairs.subList(i, Math.min(pairs.size(), i + 16))))).append('\n');
        }
        return b.append("            ;\n}\n").toString();
    }

    /** A Java string literal, ASCII only (every other character escaped). */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }
}
