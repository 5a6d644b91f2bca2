package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.junit.jupiter.api.Test;

/** The CLI speaks Chinese by default and English with --lang en (or an English LC_ALL/LANG): help, usage errors, failures. */
class CliLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> COMMANDS = List.of("validate", "convert", "diff", "patch", "merge", "deadline", "rules",
            "audit", "annual-report", "schema", "serve", "help");

    /** The option and parameter lines of a help text: under its lists, those whose first column is an option or a label. */
    private static List<String> argumentLines(String help) {
        List<String> lines = new ArrayList<>();
        boolean lists = false;
        for (String line : help.split("\n")) {
            lists |= line.equals("参数：") || line.equals("选项：");
            if (lists && line.matches("\\s+(-\\S.*|\\[?[A-Z]+\\]?(\\.\\.\\.)?\\s{2,}.*)")) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void everyCommandsHelp_isChineseByDefault_andEnglishOnRequest() {
        for (String c : COMMANDS) {
            Run zh = CatalogCliTest.run(c, "--help");
            assertEquals(0, zh.code(), c + zh.err());
            assertTrue(zh.out().startsWith(c.equals("help") ? "显示某个命令的帮助" : "用法："), c + ":\n" + zh.out());
            List<String> args = argumentLines(zh.out());
            assertFalse(args.isEmpty(), c + ":\n" + zh.out());
            for (String line : args) { // every option and parameter is described in Chinese
                assertTrue(HAN.matcher(line).find() || line.trim().startsWith("-") && line.trim().endsWith("=N"), c + ": " + line);
            }
            Run en = CatalogCliTest.run(c, "--help", "--lang", "EN");
            assertEquals(0, en.code(), c + en.err());
            assertTrue(en.out().contains("Usage: catalog " + c), c + ":\n" + en.out());
            assertFalse(en.out().contains("用法"), en.out());
            assertTrue(en.out().contains("Show this help message and exit") || c.equals("help"), en.out());
        }
        Run main = CatalogCliTest.run("--help");
        for (String line : main.out().split("\n")) { // the list of commands: each described in Chinese
            if (line.matches("  [a-z-]+\\s{2,}.*")) {
                assertTrue(HAN.matcher(line).find(), line);
            }
        }
    }

    @Test
    void theEnvironment_choosesTheLanguage_whenNoFlagIsGiven() {
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "en_US.UTF-8")::get, "--help").out().startsWith("Usage:"));
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "zh_CN.UTF-8")::get, "--help").out().startsWith("用法："));
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "C.UTF-8")::get, "--help").out().startsWith("用法："));
        // LC_ALL wins over LANG; an empty LC_ALL does not count
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "en_GB.UTF-8")::get, "--help").out().startsWith("Usage:"));
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "")::get, "--help").out().startsWith("Usage:"));
        // the flag wins over the environment
        assertTrue(CatalogCliTest.runIn(Map.of("LANG", "en_US.UTF-8")::get, "--lang", "zh", "--help").out().startsWith("用法："));
        Run rules = CatalogCliTest.runIn(Map.of("LC_ALL", "en_US.UTF-8")::get, "rules");
        assertTrue(rules.out().contains("The file cannot be read"), rules.out());
        assertFalse(HAN.matcher(rules.out().lines().filter(l -> l.startsWith("STRUCT")).findFirst().orElseThrow()).find());
    }

    @Test
    void usageErrors_andFailures_speakTheChosenLanguage() {
        Run unknown = CatalogCliTest.run("validate", "--formt", "json", "x.json");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("未知的选项：'--formt'"), unknown.err());
        assertTrue(unknown.err().contains("是否想输入：--format？"), unknown.err());
        assertTrue(unknown.err().contains("用法：见 'catalog validate --help'"), unknown.err());
        Run unknownEn = CatalogCliTest.run("validate", "--formt", "json", "x.json", "--lang", "en");
        assertTrue(unknownEn.err().contains("Unknown option: '--formt'") && unknownEn.err().contains("Did you mean: --format?"), unknownEn.err());

        Run command = CatalogCliTest.run("valdate", "x.json");
        assertTrue(command.err().contains("未知的命令：'valdate'") && command.err().contains("是否想输入：validate？"), command.err());

        Run missing = CatalogCliTest.run("annual-report", "r.csv");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("缺少必需的选项：--year"), missing.err());
        Run missingArg = CatalogCliTest.run("diff", "a.json");
        assertTrue(missingArg.err().contains("缺少必需的参数：NEW"), missingArg.err());

        Run noFile = CatalogCliTest.run("validate", "no-such-file.json");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("no-such-file.json：文件不存在"), noFile.err());
        Run noFileEn = CatalogCliTest.run("validate", "no-such-file.json", "--lang", "en");
        assertTrue(noFileEn.err().contains("no-such-file.json: no such file"), noFileEn.err());

        Run badLang = CatalogCliTest.run("rules", "--lang", "fr");
        assertEquals(2, badLang.code());
        assertTrue(badLang.err().contains("未知的语言"), badLang.err());

        Run badDate = CatalogCliTest.run("deadline", "20个工作日内", "--from", "2025-13-01");
        assertTrue(badDate.err().contains("不是日期"), badDate.err());
    }

    @Test
    void importReportReasons_areChineseByDefault_andEnglishWithTheFlag(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path zh = dir.resolve("zh.json");
        java.nio.file.Path en = dir.resolve("en.json");
        assertEquals(0, CatalogCliTest.run("convert", CatalogCliTest.LEGACY.toString(), dir.resolve("a.json").toString(),
                "--report", zh.toString()).code());
        assertEquals(0, CatalogCliTest.run("convert", CatalogCliTest.LEGACY.toString(), dir.resolve("b.json").toString(),
                "--report", en.toString(), "--lang", "en").code());
        List<String> zhReasons = reasons(java.nio.file.Files.readString(zh));
        List<String> enReasons = reasons(java.nio.file.Files.readString(en));
        assertFalse(zhReasons.isEmpty());
        assertEquals(zhReasons.size(), enReasons.size());
        for (int i = 0; i < zhReasons.size(); i++) {
            // Chinese: mostly Han; English: mostly Latin letters (terms of the standard such as 公开时限 may stay)
            assertTrue(han(zhReasons.get(i)) > latin(zhReasons.get(i)), zhReasons.get(i));
            assertTrue(latin(enReasons.get(i)) > han(enReasons.get(i)), enReasons.get(i));
        }
    }

    private static List<String> reasons(String json) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = Pattern.compile("\"reason\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static long han(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static long latin(String s) {
        return s.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
    }

    @Test
    void serveSizes_areRead_andABadOneIsSaid() {
        assertEquals(50L << 20, ServeCommand.bytes("50MB"));
        assertEquals(200L << 10, ServeCommand.bytes("200kb"));
        assertEquals(1L << 30, ServeCommand.bytes("1 GB"));
        assertEquals(-1, ServeCommand.bytes("lots"));
        Run bad = CatalogCliTest.run("serve", "--max-upload", "lots");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("不是大小"), bad.err());
    }
}
