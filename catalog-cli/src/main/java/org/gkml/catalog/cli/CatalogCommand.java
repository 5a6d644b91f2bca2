package org.gkml.catalog.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catalog} command as picocli reads it: its own options, its commands, and the command line built for
 * given arguments, in the language asked for. Run through {@link CatalogCli}.
 *
 * @since 0.1
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = CatalogCommand.Version.class,
        description = "Proactive disclosure item catalogs (主动公开事项目录): validate, convert, diff, deadlines.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, DiffCommands.Diff.class, DiffCommands.Patch.class,
            DiffCommands.Merge.class, DeadlineCommand.class, RulesCommand.class, AuditCommand.class, AnnualReportCommand.class,
            SchemaCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 2)
public final class CatalogCommand implements Runnable {

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

    /** Runs the command line for these arguments; its exit code. */
    static int execute(Context ctx, boolean english, String[] rest) {
        return picocli(ctx, english, rest).execute(rest);
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
        return new CommandLine(new CatalogCommand(), factory);
    }

    /** The tool with one command: the root's own options, no other commands. */
    @Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = CatalogCommand.Version.class,
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
