package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The arguments read without picocli give what picocli gives: output, diagnostics, exit code, files written. */
class QuickStartTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err, String written) {
    }

    private Run run(boolean quick, String[] args, Path output) throws Exception {
        Files.deleteIfExists(output);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        UnaryOperator<String> env = Map.<String, String>of()::get;
        int code = quick ? CatalogCli.execute(o, e, env, args) : CatalogCli.executeWithPicocli(o, e, env, args);
        String written = Files.exists(output) ? Files.readString(output) : null;
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), written);
    }

    @Test
    void everyShape_quickOrNot_givesWhatPicocliGives() throws Exception {
        Path sample = Path.of("../examples/catalogs/county-sample.json");
        Path xlsx = Path.of("../examples/catalogs/legacy-township-budget.xlsx");
        Path calendar = dir.resolve("cal.txt");
        Files.writeString(calendar, "2027 off 01-01\n2027 work 02-14\n");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"specVersion\": ");
        Path out = dir.resolve("report.txt");
        String s = sample.toString();
        List<String[]> cases = new ArrayList<>(List.of(
                new String[] {"deadline", "信息形成之日起20个工作日内"},
                new String[] {"deadline", "信息形成之日起20个工作日内", "--from", "2025-09-26"},
                new String[] {"deadline", "--from=2027-01-05", "每季度结束后15日内", "--lang", "en"},
                new String[] {"deadline", "收到申请之日起15个工作日内", "--from", "2026-13-01"},
                new String[] {"deadline", "收到申请之日起15个工作日内", "--from", "2027-02-10", "--calendar", calendar.toString()},
                new String[] {"deadline", "x", "--calendar", dir.resolve("missing.txt").toString(), "--from", "2025-01-01"},
                new String[] {"deadline", "x", "--lang", "fr"},
                new String[] {"deadline", "x", "y"},
                new String[] {"deadline", "x", "--from"},
                new String[] {"deadline", "x", "--from", "2025-01-01", "--from", "2025-01-02"},
                new String[] {"deadline", "--help"},
                new String[] {"deadline", "x", "--unknown", "1"},
                new String[] {"validate", s},
                new String[] {"validate", s, "--format", "json"},
                new String[] {"validate", s, "--format=html", "--lang=en"},
                new String[] {"validate", s, "--format", "yaml"},
                new String[] {"validate", s, "--profile", "basic-level"},
                new String[] {"validate", s, "--profile", "nonsense"},
                new String[] {"validate", s, bad.toString()},
                new String[] {"validate", dir.resolve("none.json").toString()},
                new String[] {"validate", xlsx.toString(), "--format", "json"},
                new String[] {"validate", s, "--output", out.toString()},
                new String[] {"validate", s, "--output", dir.toString()},
                new String[] {"validate", "--", s},
                new String[] {"validate"},
                new String[] {"validate", s, "--bean-validation"}));
        int quickly = 0;
        for (String[] args : cases) {
            Run viaPicocli = run(false, args, out);
            Run quick = run(true, args, out);
            assertEquals(viaPicocli, quick, String.join(" ", args));
            quickly += QuickStart.run(new Context(new PrintStream(ByteArrayOutputStream.nullOutputStream()),
                    new PrintStream(ByteArrayOutputStream.nullOutputStream()), false, null, Map.<String, String>of()::get, false),
                    args) == QuickStart.NOT_PLAIN ? 0 : 1;
        }
        assertNotEquals(0, quickly, "some shapes are read quickly");
    }

    @Test
    void theCommandTable_namesEveryCommandOfTheTool() {
        CommandLine full = new CommandLine(new CatalogCommand());
        for (Map.Entry<String, CommandLine> c : full.getSubcommands().entrySet()) {
            if (!c.getKey().equals("help")) {
                assertEquals(c.getValue().getCommandSpec().userObject().getClass().getName(), CatalogCommand.COMMANDS.get(c.getKey()), c.getKey());
            }
        }
        assertEquals(full.getSubcommands().size() - 1, CatalogCommand.COMMANDS.size());
    }
}
