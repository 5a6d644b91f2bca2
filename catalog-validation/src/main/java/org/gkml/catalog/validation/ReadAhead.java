package org.gkml.catalog.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.io.BindingProblem;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.CatalogReader;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;

/**
 * The read-ahead pipeline of a file's validation, the same for every format: the reader (JSON, XML, or an imported
 * sheet) binds entries on a thread of its own and hands them over in batches through a small bounded queue, while
 * the calling thread runs the rules ({@link ValidationRun}); on one core, or with
 * {@code -Dgkml.validate.sequential=true}, both on one thread. Memory is bounded by the queue.
 */
final class ReadAhead {

    private ReadAhead() {
    }

    /** Opens the reader of one document, structural problems going to the consumer given. */
    interface Opener {
        CatalogReader open(java.util.function.Consumer<BindingProblem> problems) throws IOException;
    }

    /** The one reading loop: every format's reader feeds the same pipeline. */
    static ValidationReport validate(Validator validator, Opener opener, String name) throws IOException {
        Checker checker = new Checker(validator, name);
        if (SEQUENTIAL) {
            try {
                produce(opener, name, checker::accept);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("validation interrupted");
            }
            return checker.report;
        }
        java.util.concurrent.BlockingQueue<List<Item>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> {
            try {
                produce(opener, name, queue::put);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "catalog-validate-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<Item> batch = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (!reader.isAlive() && queue.isEmpty()) {
                        // the reading thread ended without handing over its end (it could not even report its failure)
                        checker.accept(List.of(new Item(null, null, List.of(), null, null,
                                new CatalogFormatException(Location.at(name, 0, 0), "reading stopped unexpectedly (out of memory?); "
                                        + "give the JVM more heap with -Xmx"), false)));
                        return checker.report;
                    }
                    continue;
                }
                if (checker.accept(batch)) {
                    return checker.report;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("validation interrupted");
        } finally {
            reader.interrupt();
        }
    }

    /**
     * One bound entry handed from the reading thread to the checking thread, with its structural problems; the
     * first item carries the header and the reader's source lookup (complete for the sheets once opened).
     */
    record Item(Entry entry, Location location, List<BindingProblem> problems, Catalog header,
                        SourceLookup sources, CatalogFormatException failure, boolean end) {
    }

    /** Whether to read and check on one thread (system property {@code gkml.validate.sequential}, or one core). */
    private static final boolean SEQUENTIAL = Boolean.getBoolean("gkml.validate.sequential")
            || Runtime.getRuntime().availableProcessors() < 2;

    /** The checking side: runs the rules on each batch of bound entries; {@link #report} once the end is seen. */
    private static final class Checker {
        private final Validator validator;
        private final String name;
        private ValidationRun run;
        private int i;
        ValidationReport report;

        Checker(Validator validator, String name) {
            this.validator = validator;
            this.name = name;
        }

        /** Checks a batch; true when the document's end (or a failure) has been seen. */
        boolean accept(List<Item> batch) {
            for (Item item : batch) {
                if (run == null) {
                    run = new ValidationRun(validator, item.header() != null ? item.header() : Catalog.builder().build(), name,
                            item.sources() == null ? SourceLookup.NONE : item.sources());
                }
                run.structural(new ArrayList<>(item.problems()), item.entry() == null ? null : item.entry().code());
                if (item.failure() != null) {
                    CatalogFormatException e = item.failure();
                    run.add("STRUCT-003", e.location().pointer() == null ? "" : e.location().pointer(), null, e.location(), null,
                            StructuralText.in(validator.locale(), e.problem()));
                    report = run.report();
                    return true;
                }
                if (item.end()) {
                    run.end(i);
                    report = run.report();
                    return true;
                }
                if (item.entry() != null) {
                    run.entry(item.entry(), i++, item.location());
                }
            }
            return false;
        }
    }

    interface BatchSink {
        void put(List<Item> batch) throws InterruptedException;
    }

    private static final int BATCH = 256;

    private static void produce(Opener opener, String name, BatchSink sink) throws InterruptedException {
        List<BindingProblem> problems = new ArrayList<>();
        Catalog header = null;
        List<Item> batch = new ArrayList<>(BATCH);
        try (CatalogReader reader = opener.open(problems::add)) {
            header = reader.header();
            batch.add(new Item(null, null, drain(problems), header, reader::sourceOf, null, false));
            for (Entry e; (e = reader.next()) != null; ) {
                batch.add(new Item(e, reader.entryLocation(), drain(problems), null, null, null, false));
                if (batch.size() == BATCH) {
                    sink.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            reader.trailer();
            batch.add(new Item(null, null, drain(problems), null, null, null, true));
            sink.put(batch);
        } catch (CatalogFormatException e) {
            batch.add(new Item(null, null, drain(problems), header, null, e, false));
            sink.put(batch);
        } catch (IOException | RuntimeException e) {
            batch.add(new Item(null, null, drain(problems), header, null,
                    new CatalogFormatException(Location.at(name, 0, 0), "cannot read: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e), false));
            sink.put(batch);
        } catch (OutOfMemoryError e) {
            batch = null; // let go of what was read before saying so
            sink.put(List.of(new Item(null, null, List.of(), header, null, new CatalogFormatException(Location.at(name, 0, 0),
                    "out of memory while reading; give the JVM more heap with -Xmx"), false)));
        } catch (Error e) { // a bug in a reader: reported as this file's failure, never a thread dying on its own
            sink.put(List.of(new Item(null, null, List.of(), header, null, new CatalogFormatException(Location.at(name, 0, 0),
                    "internal error while reading: " + e, e), false)));
        }
    }

    private static List<BindingProblem> drain(List<BindingProblem> problems) {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<BindingProblem> copy = List.copyOf(problems);
        problems.clear();
        return copy;
    }
}
