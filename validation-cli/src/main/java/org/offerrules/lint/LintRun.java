package org.offerrules.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.offerrules.validation.Violation;
import org.offerrules.validation.document.ArrayElements;
import org.offerrules.validation.document.DocumentStream;
import org.offerrules.validation.document.OfferReader;

/**
 * Lints files on a pool of threads while the report is written in file and document order. NDJSON
 * files are split into batches of lines that are read in parallel; so are large JSON array files, cut
 * into their elements by a byte scan ({@link ArrayElements}), when there is more than one thread; other
 * files (JSON, form bodies) are read whole by one worker, one document at a time; standard input is
 * read once, in chunks. A bounded
 * queue of pending work keeps memory flat however large
 * the input.
 */
final class LintRun {

    /** The name standard input is reported under, in every format. */
    static final String STDIN = "<stdin>";

    private static final int BATCH_LINES = 512;
    /** Above this size a non-NDJSON file is read in chunks, so that its findings never pile up. */
    private static final long WHOLE_FILE_LIMIT = 8L << 20;
    private static final int BATCH_BYTES = 1 << 20;
    /**
     * From this size on a JSON file is split into its array's elements (when there is more than one
     * thread): below it, scanning and handing out elements costs more than it saves.
     */
    static final long SPLIT_THRESHOLD = 1L << 20;
    /** {@link #SPLIT_THRESHOLD}, but for tests, which force splitting on (0) and off ({@link Long#MAX_VALUE}). */
    static volatile long splitThreshold = SPLIT_THRESHOLD;

    /**
     * The most findings a report lists (about 1 MB of text); the rest are counted in its summary, so
     * that a file of a hundred thousand broken documents cannot write a report of hundreds of megabytes.
     * The system property {@code offerlint.maxFindings} changes it.
     */
    static final long MAX_LISTED = Math.max(0, Long.getLong("offerlint.maxFindings", 10_000));

    /** {@link #MAX_LISTED}, but for tests. */
    static volatile long maxListedForTests = MAX_LISTED;

    private final long maxListed = maxListedForTests;

    /** How many findings a report lists at the most. */
    static long maxListed() {
        return maxListedForTests;
    }

    /** Each file's reader: its configuration's settings, request, mode and strict types. */
    private final ConfigOptions.Readers readers;
    private final int threads;
    private final ReportWriter writer;
    private final Baselining baselining;
    private final long splitAt;
    private final AtomicLong documentsDone = new AtomicLong();
    private final Batches batches = new Batches(documentsDone);
    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile int filesTotal = -1;
    private volatile long bytesTotal = -1;
    private final List<String> internalErrors = new ArrayList<>();

    /** One piece of work of a file; {@code bytes}: how much of the file it read, when known (else 0). */
    private record Pending(int file, Future<Outcome> outcome, boolean lastOfFile, long bytes) {
        Pending(int file, Future<Outcome> outcome, boolean lastOfFile) {
            this(file, outcome, lastOfFile, 0);
        }
    }

    LintRun(OfferReader reader, int threads, ReportWriter writer) {
        this(reader, threads, writer, Baselining.NONE);
    }

    /** A run whose findings are sorted against a baseline, or recorded for one ({@link Baselining}). */
    LintRun(OfferReader reader, int threads, ReportWriter writer, Baselining baselining) {
        this(ConfigOptions.Readers.of(reader), threads, writer, baselining);
    }

    /** A run with each file's reader ({@link ConfigOptions}), its findings sorted against a baseline or recorded. */
    LintRun(ConfigOptions.Readers readers, int threads, ReportWriter writer, Baselining baselining) {
        this.readers = readers;
        this.threads = threads;
        this.writer = writer;
        this.splitAt = splitThreshold;
        this.baselining = baselining;
    }

    long documentsDone() {
        return documentsDone.get();
    }

    /** Files whose report is written, standard input included. */
    long filesDone() {
        return filesDone.get();
    }

    /** The files of the run, standard input included; -1 before it starts. */
    int filesTotal() {
        return filesTotal;
    }

    /** The bytes of the files read so far: a piece of a file as its work is reported, a whole file when it ends. */
    long bytesDone() {
        return bytesDone.get();
    }

    /** The bytes of the files; -1 when not known (standard input, or before the run starts). */
    long bytesTotal() {
        return bytesTotal;
    }

    /** Errors of this tool itself (never of the input); each also went to the report's consumer. */
    List<String> internalErrors() {
        return internalErrors;
    }

    /**
     * Writing the report failed: the run stopped reading. The cause is the writer's exception (a full
     * disk, a closed pipe).
     */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** The report thread has ended (it failed): nothing more is read. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /**
     * Lints {@code files}; {@code names} are their names in the report. Returns the totals. Every
     * thread it starts has ended when it returns or throws, so that a program may run it any number
     * of times.
     *
     * @throws WriteFailed when the report cannot be written; reading stops at once
     */
    Summary run(List<Path> files, List<String> names) throws IOException, InterruptedException {
        return run(null, files, names);
    }

    /**
     * Lints {@code stdin} when it is not null, reported first as {@value #STDIN}, then {@code files}
     * ({@code names} are their names in the report), as {@link #run(List, List)} does.
     */
    Summary run(DocumentStream stdin, List<Path> files, List<String> names) throws IOException, InterruptedException {
        List<String> reported = names;
        if (stdin != null) {
            reported = new ArrayList<>(names);
            reported.add(0, STDIN);
        }
        List<String> reportedNames = reported;
        int first = stdin == null ? 0 : 1;
        long[] sizes = new long[files.size() + first];
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            sizes[first + i] = size(files.get(i));
            total += sizes[first + i];
        }
        filesTotal = sizes.length;
        bytesTotal = stdin == null ? total : -1;
        Summary summary = new Summary(files.size() + first);
        List<Thread> started = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("offer-lint-worker", started));
        ExecutorService report = Executors.newSingleThreadExecutor(daemon("offer-lint-report", started));
        try {
            BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 4 + 2);
            Pending end = new Pending(-1, null, true);
            CompletableFuture<Void> consumer = CompletableFuture.runAsync(
                    () -> consume(queue, end, reportedNames, sizes, summary), report);
            try {
                if (stdin != null) {
                    // a stream can be read only once, in order: on this thread, chunk by chunk, like a large file
                    readInChunks(0, STDIN, readers.stdin(), () -> stdin, queue, consumer);
                }
                for (int i = 0; i < files.size(); i++) {
                    produce(first + i, files.get(i), pool, queue, consumer);
                }
                put(queue, end, consumer);
            } catch (Stopped e) {
                // the consumer has failed; its exception is thrown below
            }
            try {
                consumer.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw new WriteFailed(io.getCause());
                }
                throw new IllegalStateException("the report thread failed: " + e.getCause(), e.getCause());
            }
            return summary;
        } finally {
            pool.shutdownNow();
            report.shutdownNow();
            // awaitTermination returns before a worker thread has quite ended: join them too
            pool.awaitTermination(1, TimeUnit.MINUTES);
            report.awaitTermination(1, TimeUnit.MINUTES);
            synchronized (started) {
                for (Thread thread : started) {
                    thread.join();
                }
            }
        }
    }

    private static ThreadFactory daemon(String name, List<Thread> started) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            synchronized (started) {
                started.add(t);
            }
            return t;
        };
    }

    /**
     * Hands work to the report thread; gives up when that thread has ended, since nothing will take
     * from the queue any more (the producer would wait forever on a full queue).
     */
    private static void put(BlockingQueue<Pending> queue, Pending pending, CompletableFuture<Void> consumer)
            throws InterruptedException, Stopped {
        while (!queue.offer(pending, 20, TimeUnit.MILLISECONDS)) {
            if (consumer.isDone()) {
                throw new Stopped();
            }
        }
        if (consumer.isDone()) {
            throw new Stopped();
        }
    }

    private void produce(int index, Path file, ExecutorService pool, BlockingQueue<Pending> queue,
            CompletableFuture<Void> consumer) throws InterruptedException, Stopped {
        OfferReader reader = readers.of(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            // a pipe or a device: no size to split by, read once, in order, like standard input
            readInChunks(index, file.toString(), reader, () -> reader.documents(file), queue, consumer);
            return;
        }
        if (!name.endsWith(".ndjson")) {
            long size = size(file);
            int skip = 0;
            if (size >= splitAt && !OfferReader.isForm(file)) {
                skip = split(index, file, reader, pool, queue, consumer);
                if (skip < 0) {
                    return;
                }
            }
            if (skip > 0) {
                int handedOut = skip;
                readInChunks(index, file.toString(), reader, () -> skipped(reader.documents(file), handedOut), queue,
                        consumer);
            } else if (size < WHOLE_FILE_LIMIT) {
                put(queue, new Pending(index, pool.submit(() -> readWhole(reader, file)), true), consumer);
            } else {
                readInChunks(index, file.toString(), reader, () -> reader.documents(file), queue, consumer);
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Ndjson lines = new Ndjson(in);
            List<Ndjson.Line> batch = lines.next(BATCH_LINES, BATCH_BYTES);
            if (batch.isEmpty()) {
                // no line at all (empty, blank lines, UTF-16): the library's reader decides, one 6055 placed as
                // for any other JSON file, never a clean file of 0 documents
                readInChunks(index, file.toString(), reader, () -> reader.documents(file), queue, consumer);
                return;
            }
            do {
                List<Ndjson.Line> work = batch;
                batch = lines.next(BATCH_LINES, BATCH_BYTES);
                long bytes = 0;
                for (Ndjson.Line line : work) {
                    bytes += line.length();
                }
                put(queue, new Pending(index, pool.submit(() -> batches.readLines(reader, work)), batch.isEmpty(), bytes), consumer);
            } while (!batch.isEmpty());
        } catch (IOException e) {
            put(queue, new Pending(index, CompletableFuture.completedFuture(unreadable(file, e)), true), consumer);
        }
    }

    /**
     * Hands the elements of a JSON array file to the workers in batches. Returns -1 when the whole
     * file was handed out, or, when the scan gave up, how many of its documents were: the rest is read
     * sequentially, after skipping those (0: the file is read as if it had not been scanned).
     */
    private int split(int index, Path file, OfferReader reader, ExecutorService pool, BlockingQueue<Pending> queue,
            CompletableFuture<Void> consumer) throws InterruptedException, Stopped {
        try (InputStream in = Files.newInputStream(file)) {
            ArrayElements elements = new ArrayElements(reader, in);
            List<ArrayElements.Element> batch = elements.next(BATCH_LINES, BATCH_BYTES);
            boolean any = false;
            while (!batch.isEmpty()) {
                List<ArrayElements.Element> work = batch;
                batch = elements.next(BATCH_LINES, BATCH_BYTES);
                boolean last = batch.isEmpty() && !elements.gaveUp();
                long bytes = 0;
                for (ArrayElements.Element element : work) {
                    bytes += element.length();
                }
                put(queue, new Pending(index, pool.submit(() -> batches.readElements(reader, work)), last, bytes), consumer);
                any = true;
            }
            if (elements.gaveUp()) {
                return elements.handedOut();
            }
            if (!any) {
                put(queue, new Pending(index, CompletableFuture.completedFuture(new Outcome(0, 0, 0, List.of())), true),
                        consumer);
            }
            return -1;
        } catch (IOException e) {
            put(queue, new Pending(index, CompletableFuture.completedFuture(unreadable(file, e)), true), consumer);
            return -1;
        }
    }

    /** {@code stream} after its first {@code count} documents, which were read already. */
    private static DocumentStream skipped(DocumentStream stream, int count) {
        for (int i = 0; i < count && stream.hasNext(); i++) {
            stream.next();
        }
        return stream;
    }

    /**
     * A large array (or a large multi-document .json) is read here, on the producer thread, and handed
     * to the report chunk by chunk: its documents can only be found one after the other, and holding
     * all of their findings until the end of the file would not be bounded.
     */
    private void readInChunks(int index, String name, OfferReader reader, Documents documents,
            BlockingQueue<Pending> queue, CompletableFuture<Void> consumer) throws InterruptedException, Stopped {
        try (DocumentStream stream = documents.open()) {
            boolean last;
            do {
                Outcome chunk = batches.read(reader, stream, BATCH_LINES);
                last = !stream.hasNext();
                put(queue, new Pending(index, CompletableFuture.completedFuture(chunk), last), consumer);
            } while (!last);
        } catch (IOException | UncheckedIOException e) {
            put(queue, new Pending(index, CompletableFuture.completedFuture(unreadable(name, e)), true), consumer);
        }
    }

    /** Opens the documents of one input. */
    @FunctionalInterface
    interface Documents {
        DocumentStream open() throws IOException;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it will report the problem
        }
    }

    private Outcome readWhole(OfferReader reader, Path file) {
        try (DocumentStream stream = reader.documents(file)) {
            return batches.read(reader, stream, Integer.MAX_VALUE);
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, e);
        }
    }

    private Outcome unreadable(Object file, Exception e) {
        synchronized (internalErrors) {
            internalErrors.add(file + ": cannot be read (" + OfferLint.reason(e) + ")");
        }
        return new Outcome(0, 0, 0, List.of());
    }

    private void consume(BlockingQueue<Pending> queue, Pending end, List<String> names, long[] sizes,
            Summary summary) {
        long listed = 0;
        int current = -1;
        long fileStart = 0;
        Batch batch = new Batch(); // in file and document order, whatever the threads
        try {
            writer.begin();
            while (true) {
                Pending pending = queue.take();
                if (pending == end) {
                    break;
                }
                if (pending.file() != current) {
                    current = pending.file();
                    fileStart = bytesDone.get();
                    writer.beginFile(names.get(current));
                }
                Outcome outcome;
                try {
                    outcome = pending.outcome().get();
                } catch (ExecutionException e) {
                    synchronized (internalErrors) {
                        internalErrors.add(names.get(current) + ": internal error: " + e.getCause());
                    }
                    outcome = new Outcome(0, 0, 0, List.of());
                }
                outcome = batch.check(outcome);
                Baselining.Sifted sifted = baselining.sift(names.get(current), outcome);
                summary.add(sifted.outcome());
                for (Baselining.Sorted sorted : sifted.documents()) {
                    List<Violation> violations = sorted.fresh();
                    int room = (int) Math.max(0, maxListed - listed);
                    if (violations.size() > room) {
                        summary.notListed(violations.size() - room);
                        violations = violations.subList(0, room);
                    }
                    if (!violations.isEmpty()) {
                        listed += violations.size();
                        writer.document(names.get(current), sorted.document(), violations);
                    }
                    if (!sorted.known().isEmpty() && writer.listsBaselined()) {
                        // within the same bound: a baseline of a million findings must not make a report of gigabytes
                        List<Violation> known = sorted.known().subList(0,
                                (int) Math.min(sorted.known().size(), Math.max(0, maxListed - listed)));
                        if (!known.isEmpty()) {
                            listed += known.size();
                            writer.baselined(names.get(current), sorted.document(), known);
                        }
                    }
                }
                bytesDone.addAndGet(pending.bytes());
                if (pending.lastOfFile()) {
                    writer.endFile(names.get(current));
                    bytesDone.set(fileStart + sizes[current]);
                    filesDone.incrementAndGet();
                }
            }
            if (baselining.compares()) {
                summary.baseline(baselining.baselined(), baselining.fixed());
            }
            writer.finish(summary);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
