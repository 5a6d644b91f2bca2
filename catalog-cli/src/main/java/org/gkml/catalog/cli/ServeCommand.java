package org.gkml.catalog.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.server.CatalogServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalog serve}: the page for clerks and the HTTP API, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the page for clerks (upload a catalog: the report, or the catalog converted; two versions: the changes)",
            "and the HTTP API (POST /api/validate, /api/convert?to=…, /api/diff). Listens on loopback; Ctrl-C stops it."})
final class ServeCommand extends ContextCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "the port (default 8080)")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "the address to listen on (default 127.0.0.1, this machine only)")
    String bind = "127.0.0.1";

    @Option(names = "--max-upload", paramLabel = "SIZE", description = "the largest upload, e.g. 50MB (default), 200KB, 1GB")
    String maxUpload = "50MB";

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    /** A size such as 50MB in bytes, or -1 when it is not one. */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size.strip());
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "KB" -> n << 10;
            case "MB" -> n << 20;
            case "GB" -> n << 30;
            default -> n;
        };
    }

    @Override
    public Integer call() throws Exception {
        long limit = bytes(maxUpload);
        if (limit <= 0) {
            ctx.err.println(say("catalog: --max-upload \"" + maxUpload + "\" 不是大小，应写作 50MB、200KB 或 1GB",
                    "catalog: --max-upload \"" + maxUpload + "\" is not a size; expected e.g. 50MB, 200KB or 1GB"));
            return 2;
        }
        CatalogServer server;
        try {
            server = CatalogServer.start(new CatalogServer.Options(bind, port, limit));
        } catch (RuntimeException e) { // the port taken, the address not this machine's
            ctx.err.println(say("catalog: 无法在 " + bind + ":" + port + " 上启动：", "catalog: cannot listen on " + bind + ":" + port + ": ")
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        ctx.err.println(say("catalog: 页面已启动，请用浏览器打开 " + server.url() + "（Ctrl-C 停止）",
                "catalog: serving " + server.url() + " (Ctrl-C stops it)"));
        stopped.await();
        return 0;
    }
}
