package org.gkml.catalog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.model.CalendarDataException;

/** The streams and flags one invocation runs with, and the mapping of failures to one-line messages. */
final class Context {

    /** Implemented by commands that need the context. */
    interface Aware {
        void context(Context ctx);
    }

    final PrintStream out;
    final PrintStream err;
    final boolean debug;
    /** The process's own stderr when this run writes to it (progress lines only go there). */
    final PrintStream terminalErr;
    /** The environment (LC_ALL and LANG choose the language when no --lang is given). */
    final java.util.function.UnaryOperator<String> env;
    /** Whether messages outside a command (usage errors, failures) are in English. */
    final boolean english;

    Context(PrintStream out, PrintStream err, boolean debug, PrintStream terminalErr,
            java.util.function.UnaryOperator<String> env, boolean english) {
        this.out = out;
        this.err = err;
        this.debug = debug;
        this.terminalErr = terminalErr;
        this.env = env;
        this.english = english;
    }

    /** The Chinese or the English text, in this run's language. */
    String say(String zh, String en) {
        return english ? en : zh;
    }

    /** Reports a failure on stderr as one line and returns exit code 2. */
    /** What to say of an input that is not a file: a folder, or nothing at all. */
    String notAFile(String file) {
        boolean folder = file != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(file));
        return file + (folder ? say("：是文件夹，应为一个文件", ": is a folder; expected a file") : say("：文件不存在", ": no such file"));
    }

    int fail(Throwable ex) {
        Throwable e = ex;
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        String msg;
        if (e instanceof CatalogFormatException c) {
            msg = org.gkml.catalog.validation.Reports.unreadable(c, english ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
        } else if (e instanceof NoSuchFileException n) {
            msg = notAFile(n.getFile());
        } else if (e instanceof AccessDeniedException a) {
            msg = a.getFile() + say("：没有读写权限", ": permission denied");
        } else if (e instanceof org.gkml.catalog.diff.SourceChangedException) {
            msg = say("比较期间目录文件被改动；请在文件稳定后重新比较", e.getMessage());
        } else if (e instanceof IOException) {
            msg = e.getMessage() == null ? say("读写失败", "read or write failed") : e.getMessage();
        } else if (e instanceof OutOfMemoryError) {
            msg = say("内存不足；请用 -Xmx 给 JVM 更多堆内存", "out of memory; give the JVM more heap with -Xmx");
        } else if (e instanceof CalendarDataException || e instanceof IllegalArgumentException) {
            msg = e.getMessage();
        } else {
            msg = say("内部错误：" + e + "（加 --debug 运行可看详情，请报告此问题）",
                    "internal error: " + e + " (run with --debug for details and report it)");
        }
        err.println("catalog: " + msg.replace('\n', ' '));
        if (debug) {
            e.printStackTrace(err);
        }
        return 2;
    }
}
