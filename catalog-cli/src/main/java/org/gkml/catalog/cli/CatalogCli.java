package org.gkml.catalog.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catalog} command. Exit codes: 0 success, 1 a finding (validation errors, catalogs differ),
 * 2 unreadable input or bad usage. Results go to stdout, diagnostics to stderr; no stack trace reaches the user
 * unless {@code --debug} is given.
 *
 * @since 0.1
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = CatalogCli.Version.class,
        description = "Proactive disclosure item catalogs (主动公开事项目录): validate, convert, diff, deadlines.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, DiffCommands.Diff.class, DiffCommands.Patch.class,
            DiffCommands.Merge.class, DeadlineCommand.class, RulesCommand.class, AuditCommand.class, AnnualReportCommand.class,
            SchemaCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class CatalogCli implements Runnable {

    static {
        // POI logs through log4j-api, which without a provider prints an error line of its own: the CLI gives it the
        // API's simple logger (errors only, on stderr) unless the user chose another
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // the server's libraries (Javalin, Jetty) log through SLF4J: warnings only, on stderr
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    @CommandLine.Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang",
            description = "language: zh (Chinese, the default) or en (English); without it LC_ALL/LANG decide")
    String lang;

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CatalogCli.class.getPackage().getImplementationVersion();
            return new String[] {"catalog " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }

    /** Whether messages outside a command are in English: {@code --lang en}, or no {@code --lang} and an English LC_ALL/LANG. */
    private static boolean english(String[] args, UnaryOperator<String> env) {
        try {
            return Lang.resolve(Lang.given(args), env) == Locale.ENGLISH;
        } catch (IllegalArgumentException unknown) {
            return false; // the command itself says the --lang is unknown
        }
    }

    /** Runs the tool with the given streams and returns the exit code (the entry point for tests and embedders). */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return execute(out, err, null, System::getenv, true, args);
    }

    /** As {@link #execute(PrintStream, PrintStream, String...)} with the environment the language is read from. */
    static int execute(PrintStream out, PrintStream err, UnaryOperator<String> env, String... args) {
        return execute(out, err, null, env, true, args);
    }

    /** As {@link #execute(PrintStream, PrintStream, UnaryOperator, String...)}, every argument read by picocli (no {@link QuickStart}). */
    static int executeWithPicocli(PrintStream out, PrintStream err, UnaryOperator<String> env, String... args) {
        return execute(out, err, null, env, false, args);
    }

    private static int execute(PrintStream out, PrintStream err, PrintStream terminalErr, UnaryOperator<String> env, boolean quick,
            String... args) {
        // plain loops, no lambdas, on the way to a first answer: the JVM links its first lambda slowly
        java.util.List<String> kept = new java.util.ArrayList<>(args.length);
        for (String a : args) {
            if (!a.equals("--debug")) {
                kept.add(a);
            }
        }
        boolean debug = kept.size() < args.length;
        String[] rest = kept.toArray(new String[0]);
        boolean english = english(rest, env);
        Context ctx = new Context(out, err, debug, terminalErr, env, english);
        try {
            int code = quick ? QuickStart.run(ctx, rest) : QuickStart.NOT_PLAIN;
            return code != QuickStart.NOT_PLAIN ? code : picocli(ctx, english, rest).execute(rest);
        } catch (OutOfMemoryError e) {
            err.println(ctx.say(OUT_OF_MEMORY_ZH, OUT_OF_MEMORY));
            return 2;
        } catch (NoClassDefFoundError e) {
            if (debug) {
                e.printStackTrace(err);
            }
            err.println(missingLibrary(e, english));
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The Chinese help (help_zh.properties), read from the jar: {@code ResourceBundle.getBundle} would first look for
     * bundle classes of each candidate locale in every jar on the class path, catalog-lib.jar's 20,000 files too.
     */
    private static ResourceBundle chineseHelp() {
        return org.gkml.catalog.model.internal.Resources.bundle(CatalogCli.class, "help_zh.properties");
    }

    /** The command line for these arguments, in the language asked for, its failures reported through the context. */
    private static CommandLine picocli(Context ctx, boolean english, String[] rest) {
        CommandLine cl = commandLine(ctx, rest);
        if (!english) { // the annotations hold the English help; the bundle the Chinese
            cl.setResourceBundle(chineseHelp());
            CommandLine help = cl.getSubcommands().get("help");
            if (help != null) {
                // picocli's help command carries its header in the annotation, which a bundle does not replace
                help.getCommandSpec().usageMessage().header("显示某个命令的帮助。")
                        .description("未给出命令时显示主命令的帮助；给出命令时显示该命令的帮助。");
            }
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(ctx.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(ctx.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, line, parse) -> ctx.fail(ex));
        cl.setParameterExceptionHandler((ex, a) -> {
            ctx.err.println("catalog: " + (english ? ex.getMessage() : UsageErrors.chinese(ex)));
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                // a mistyped command or option: the nearest one picocli knows
                String near = u.getSuggestions().get(0);
                ctx.err.println(english ? "Did you mean: " + near + "?" : "是否想输入：" + near + "？");
            }
            String help = "catalog " + (ex.getCommandLine().getCommandName().equals("catalog") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help";
            ctx.err.println(english ? "Usage: see '" + help + "'" : "用法：见 '" + help + "'");
            return 2;
        });
        return cl;
    }

    /** The commands by name (the {@code subcommands} of the annotation above, but help), for {@link #commandLine}. */
    static final java.util.Map<String, String> COMMANDS = java.util.Map.ofEntries(
            java.util.Map.entry("validate", "org.gkml.catalog.cli.ValidateCommand"),
            java.util.Map.entry("convert", "org.gkml.catalog.cli.ConvertCommand"),
            java.util.Map.entry("diff", "org.gkml.catalog.cli.DiffCommands$Diff"),
            java.util.Map.entry("patch", "org.gkml.catalog.cli.DiffCommands$Patch"),
            java.util.Map.entry("merge", "org.gkml.catalog.cli.DiffCommands$Merge"),
            java.util.Map.entry("deadline", "org.gkml.catalog.cli.DeadlineCommand"),
            java.util.Map.entry("rules", "org.gkml.catalog.cli.RulesCommand"),
            java.util.Map.entry("audit", "org.gkml.catalog.cli.AuditCommand"),
            java.util.Map.entry("annual-report", "org.gkml.catalog.cli.AnnualReportCommand"),
            java.util.Map.entry("schema", "org.gkml.catalog.cli.SchemaCommand"),
            java.util.Map.entry("serve", "org.gkml.catalog.cli.ServeCommand"));

    /**
     * The command line for these arguments. When they name a command, only that command is built (picocli reads
     * every option of every command it is given, which was most of the time to a first answer); otherwise — no
     * command, a mistyped one, {@code help}, {@code --version} — the whole tool, so that its help and suggestions
     * list every command.
     */
    private static CommandLine commandLine(Context ctx, String[] args) {
        Factory factory = new Factory(ctx);
        String name = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=")) {
                name = args[i];
                break;
            }
        }
        String cls = name == null ? null : COMMANDS.get(name);
        if (cls != null) {
            try {
                CommandLine cl = new CommandLine(new Lean(), factory);
                cl.addSubcommand(name, new CommandLine(Class.forName(cls), factory));
                return cl;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e); // COMMANDS names the classes of this jar (CliLanguageTest)
            }
        }
        return new CommandLine(new CatalogCli(), factory);
    }

    /** The tool with one command: the root's own options, no other commands. */
    @Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = CatalogCli.Version.class,
            exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
    static final class Lean implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang",
                description = "language: zh (Chinese, the default) or en (English); without it LC_ALL/LANG decide")
        String lang;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
        }
    }

    /** The process's environment (a class, not a method reference: see {@link #execute}). */
    private static final UnaryOperator<String> ENVIRONMENT = new UnaryOperator<>() {
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    };

    /** The process entry point. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        byte[][] reserve = {new byte[4 << 20]}; // let go when memory runs out, so that the last line can still be written
        int code;
        try {
            code = execute(out, err, err, ENVIRONMENT, true, args);
        } catch (OutOfMemoryError e) { // out of memory again while telling of it
            reserve[0] = null;
            try {
                err.println(english(args, System::getenv) ? OUT_OF_MEMORY : OUT_OF_MEMORY_ZH);
                err.flush();
            } catch (Throwable again) {
                Runtime.getRuntime().halt(2);
            }
            code = 2;
        }
        System.exit(reserve[0] == null ? 2 : code); // reading the reserve here keeps it reachable until the command ends
    }

    /**
     * What to say when a class is missing: catalog.jar holds what the first answers need and names catalog-lib.jar,
     * beside it, for the rest (sheets in HTML, Word and old Excel, the server…); copied without it, those commands
     * cannot start.
     */
    static String missingLibrary(NoClassDefFoundError e, boolean english) {
        String cls = e.getMessage() == null ? "?" : e.getMessage().replace('/', '.');
        return english ? "catalog: this command needs catalog-lib.jar in the folder of catalog.jar (class " + cls + " not found)"
                : "catalog：此命令需要 catalog-lib.jar，它应与 catalog.jar 在同一目录（找不到类 " + cls + "）";
    }

    private static final String OUT_OF_MEMORY_ZH = "catalog：内存不足；请用 -Xmx 给 JVM 更多堆内存（java -Xmx2g -jar catalog.jar …）";
    private static final String OUT_OF_MEMORY = "catalog: out of memory; give the JVM more heap with -Xmx (java -Xmx2g -jar catalog.jar …)";

    /** Gives each command the shared context. */
    private static final class Factory implements CommandLine.IFactory {
        private final Context ctx;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Context ctx) {
            this.ctx = ctx;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K k = fallback.create(cls);
            if (k instanceof Context.Aware a) {
                a.context(ctx);
            }
            return k;
        }
    }
}
