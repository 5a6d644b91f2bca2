package org.gkml.catalog.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** Base of the commands: receives the invocation's streams and flags, and holds the {@code --lang} every command takes. */
abstract class ContextCommand implements Context.Aware {

    /** The streams and flags of this invocation. */
    protected Context ctx;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang",
            description = "language: zh (Chinese, the default) or en (English); without it LC_ALL/LANG decide")
    String lang;

    @Override
    public final void context(Context c) {
        ctx = c;
    }

    /** The language of this run's messages and reports. */
    protected final Locale locale() {
        return Lang.resolve(lang, ctx.env);
    }

    /** Whether this run speaks English. */
    protected final boolean english() {
        return locale() == Locale.ENGLISH;
    }

    /** The Chinese or the English text, in this run's language. */
    protected final String say(String zh, String en) {
        return english() ? en : zh;
    }

    /** The line for a {@code --format} this command does not write. */
    protected final String unknownFormat(String given, String expected) {
        return say("catalog: 未知的 --format \"" + given + "\"，应为 " + expected,
                "catalog: unknown --format \"" + given + "\"; expected " + expected);
    }

    /** Tells on stderr of a register's cell not taken as it stood (or of an empty one a record needs), with its cell. */
    protected final void printNote(java.nio.file.Path file, org.gkml.catalog.io.sheet.ImportNote n) {
        ctx.err.println(file.getFileName() + ": " + n.where() + (n.header() == null ? "" : " " + n.header())
                + (n.text() == null ? "" : " \"" + n.text() + "\"") + ": " + n.reason(locale()));
    }
}
