package org.gkml.catalog.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The {@code catalog} tool's entry point. Exit codes: 0 success, 1 a finding (validation errors, catalogs differ),
 * 2 unreadable input or bad usage. Results go to stdout, diagnostics to stderr; no stack trace reaches the user
 * unless {@code --debug} is given. The commands and their options are {@link CatalogCommand}'s, read by picocli;
 * this class names no picocli type, so that a first answer that does not need picocli ({@link QuickStart}) never
 * loads it (linking a class that does loads picocli's classes from the jar: 2 ms).
 *
 * @since 0.1
 */
public final class CatalogCli {

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
        return execute(out, err, null, ENVIRONMENT, true, args);
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
            return code != QuickStart.NOT_PLAIN ? code : CatalogCommand.execute(ctx, english, rest);
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
        // let go when memory runs out, so that the last line can still be written: a line needs a few kilobytes; 4 MB
        // (a humongous allocation, its pages touched) cost 2 ms of every first answer
        byte[][] reserve = {new byte[256 << 10]};
        int code;
        try {
            code = execute(out, err, err, ENVIRONMENT, true, args);
        } catch (OutOfMemoryError e) { // out of memory again while telling of it
            reserve[0] = null;
            try {
                err.println(english(args, ENVIRONMENT) ? OUT_OF_MEMORY : OUT_OF_MEMORY_ZH);
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

}
