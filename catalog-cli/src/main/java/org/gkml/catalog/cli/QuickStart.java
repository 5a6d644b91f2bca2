package org.gkml.catalog.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The commonest first answers without picocli: {@code catalog deadline TEXT [--from DATE] [--calendar FILE] [--lang L]}
 * and {@code catalog validate FILE… [--format F] [--output PATH] [--profile NAME] [--lang L]}. Building picocli's
 * model of a command (reflection over its annotations, in a JVM that has compiled nothing yet) took about half of the
 * time to such an answer. Arguments in exactly these shapes are put in the command's fields and the command is
 * called, as picocli would; anything else — another option, help, a flag, a repeated option, a missing value, an
 * argument that starts with {@code -} — is left to picocli, which reads it and says what is wrong. Tested against
 * picocli on the same arguments ({@code QuickStartTest}).
 */
final class QuickStart {

    private QuickStart() {
    }

    /** Not a plain shape: picocli reads these arguments. */
    static final int NOT_PLAIN = Integer.MIN_VALUE;

    /** Runs the command when the arguments are in a plain shape and returns its exit code; else {@link #NOT_PLAIN}. */
    static int run(Context ctx, String[] args) {
        if (args.length < 2) {
            return NOT_PLAIN;
        }
        List<String> positional = new ArrayList<>();
        java.util.Map<String, String> options = new java.util.HashMap<>();
        Set<String> allowed = args[0].equals("deadline") ? Set.of("--from", "--calendar", "--lang")
                : args[0].equals("validate") ? Set.of("--format", "--output", "--profile", "--lang") : Set.of();
        if (allowed.isEmpty()) {
            return NOT_PLAIN;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                positional.add(a);
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return NOT_PLAIN;
            }
            if (!allowed.contains(name) || !seen.add(name) || value.isEmpty()) {
                return NOT_PLAIN;
            }
            options.put(name, value);
        }
        Callable<Integer> command;
        try {
            command = command(ctx, args[0], positional, options);
        } catch (java.nio.file.InvalidPathException e) {
            return NOT_PLAIN;
        }
        if (command == null) {
            return NOT_PLAIN;
        }
        try {
            return command.call();
        } catch (Exception e) {
            return ctx.fail(e);
        }
    }

    /** The command with its fields set, or null when the positional arguments are not its plain shape. */
    private static Callable<Integer> command(Context ctx, String name, List<String> positional, java.util.Map<String, String> options) {
        if (name.equals("deadline")) {
            if (positional.size() != 1) {
                return null;
            }
            DeadlineCommand d = new DeadlineCommand();
            d.text = positional.get(0);
            d.from = options.get("--from");
            d.calendar = path(options.get("--calendar"));
            d.lang = options.get("--lang");
            d.context(ctx);
            return d;
        }
        if (positional.isEmpty()) {
            return null;
        }
        ValidateCommand v = new ValidateCommand();
        v.files = new ArrayList<>();
        for (String p : positional) {
            v.files.add(Path.of(p));
        }
        v.format = options.getOrDefault("--format", v.format);
        v.output = path(options.get("--output"));
        v.profile = options.getOrDefault("--profile", v.profile);
        v.lang = options.get("--lang");
        v.context(ctx);
        return v;
    }

    private static Path path(String p) {
        return p == null ? null : Path.of(p); // an impossible path: picocli says so (see run)
    }
}
