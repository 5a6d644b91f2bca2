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
        return validate(validator, opener, name, false);
    }

    /**
     * As {@link #validate(Validator, Opener, String)}; {@code small} when the document is known to hold fewer entries
     * than one batch: the reading thread would hand them all over at once, so the document is read and checked on
     * the calling thread, without a thread's start (a few milliseconds of a first answer).
     */
    static ValidationReport validate(Validator validator, Opener opener, String name, boolean small) throws IOException {
        Checker checker = new Checker(validator, name);
        if (SEQUENTIAL || small) {
            try {
                produce(opener, name, checker);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("validation interrupted");
            }
            return checker.report;
        }
        Reading reading = new Reading(opener, name);
        Thread reader = new Thread(reading, "catalog-validate-reader");
        reader.setDaemon(true);
        reader.start();
        java.util.concurrent.BlockingQueue<List<Item>> queue = reading.queue;
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
    private static final class Checker implements BatchSink {
        private final Validator validator;
        private final String name;
        private ValidationRun run;
        private int i;
        ValidationReport report;

        Checker(Validator validator, String name) {
            this.validator = validator;
            this.name = name;
        }

        @Override
        public void put(List<Item> batch) {
            accept(batch);
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

    /**
     * The reading thread's work: the document read into batches on a small bounded queue. The pipeline's parts are
     * classes, not lambdas or method references: linking each costs a first answer some 0.2 ms.
     */
    private static final class Reading implements Runnable, BatchSink {
        private final Opener opener;
        private final String name;
        final java.util.concurrent.BlockingQueue<List<Item>> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);

        Reading(Opener opener, String name) {
            this.opener = opener;
            this.name = name;
        }

        @Override
        public void run() {
            try {
                produce(opener, name, this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void put(List<Item> batch) throws InterruptedException {
            queue.put(batch);
        }
    }

    /** The structural problems a reader reports, gathered until they are handed over with their entry. */
    private static final class Problems implements java.util.function.Consumer<BindingProblem> {
        final List<BindingProblem> list = new ArrayList<>();

        @Override
        public void accept(BindingProblem p) {
            list.add(p);
        }
    }

    /** Where the reader says a value came from (the cells of an imported sheet). */
    private static final class ReaderSources implements SourceLookup {
        private final CatalogReader reader;

        ReaderSources(CatalogReader reader) {
            this.reader = reader;
        }

        @Override
        public java.util.Optional<Location> of(String pointer) {
            return reader.sourceOf(pointer);
        }
    }

    private static final int BATCH = 256;

    private static void produce(Opener opener, String name, BatchSink sink) throws InterruptedException {
        Problems problems = new Problems();
        Catalog header = null;
        List<Item> batch = new ArrayList<>(BATCH);
        try (CatalogReader reader = opener.open(problems)) {
            header = reader.header();
            batch.add(new Item(null, null, drain(problems.list), header, new ReaderSources(reader), null, false));
            for (Entry e; (e = reader.next()) != null; ) {
                batch.add(new Item(e, reader.entryLocation(), drain(problems.list), null, null, null, false));
                if (batch.size() == BATCH) {
                    sink.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            reader.trailer();
            batch.add(new Item(null, null, drain(problems.list), null, null, null, true));
            sink.put(batch);
        } catch (CatalogFormatException e) {
            batch.add(new Item(null, null, drain(problems.list), header, null, e, false));
            sink.put(batch);
        } catch (IOException | RuntimeException e) {
            batch.add(new Item(null, null, drain(problems.list), header, null,
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
