package org.offerrules.lint;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Standard input that was closed when the process started ({@code offer-lint - <&-}). The JVM then
 * opens its own files into the free descriptor 0 — the JDK's {@code lib/modules}, the class-data archive,
 * the jar — and {@code System.in} would read them as the input: thousands of 6055 findings about the
 * JDK. On Linux, {@code /proc/self/fd/0} names the file descriptor 0 is; one of the JVM's own is read as
 * a closed input (an {@link IOException}), which the run reports as an input that cannot be read.
 */
final class ClosedStdin {

    static final String CLOSED = "standard input is closed";

    private ClosedStdin() {
    }

    /**
     * {@code in}, failing with {@link #CLOSED} when {@code fd0} names one of the JVM's own files. Looked at
     * when the stream is first read, not before: most runs name no {@code -} and never read standard input.
     */
    static InputStream guard(InputStream in, Path fd0, Path javaHome, Supplier<Path> jar) {
        return new FilterInputStream(in) {
            private Boolean closed;

            private void check() throws IOException {
                if (closed == null) {
                    closed = jvmsOwn(fd0, javaHome, jar.get());
                }
                if (closed) {
                    throw new IOException(CLOSED);
                }
            }

            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check();
                return super.read(b, off, len);
            }

            @Override
            public long skip(long n) throws IOException {
                check();
                return super.skip(n);
            }

            @Override
            public int available() throws IOException {
                check();
                return super.available();
            }
        };
    }

    /** {@link #guard} for this process, its {@code java.home} and the jar its classes come from. */
    static InputStream guard(InputStream in) {
        return guard(in, Path.of("/proc/self/fd/0"), Path.of(System.getProperty("java.home")), ClosedStdin::jar);
    }

    /**
     * Whether {@code path}, named on the command line, is standard input while it is closed:
     * {@code /dev/stdin}, {@code /dev/fd/0} or {@code /proc/self/fd/0} then name one of the JVM's own files,
     * read as thousands of 6055 findings (or "Unsupported UCS-4 endianness") about the JDK. Only such names
     * are looked at: any other path is what it names.
     */
    static boolean names(Path path) {
        String name = path.toString();
        return (name.startsWith("/dev/") || name.startsWith("/proc/"))
                && names(path, Path.of("/proc/self/fd/0"), Path.of(System.getProperty("java.home")), ClosedStdin::jar);
    }

    /** {@link #names(Path)} with descriptor 0 at {@code fd0}, for tests. */
    static boolean names(Path path, Path fd0, Path javaHome, Supplier<Path> jar) {
        try {
            return Files.isSameFile(path, fd0) && jvmsOwn(fd0, javaHome, jar.get());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path jar() {
        try {
            var source = ClosedStdin.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (Exception e) {
            return null; // no jar to compare with: java.home and the archives still are
        }
    }

    private static boolean jvmsOwn(Path fd0, Path javaHome, Path jar) {
        Path target;
        try {
            if (!Files.isSymbolicLink(fd0)) {
                return false; // not Linux, or no /proc: nothing to tell
            }
            target = fd0.toRealPath();
            if (!Files.isRegularFile(target)) {
                return false; // a terminal, a pipe, a socket: a real standard input
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String name = target.getFileName().toString();
        return target.startsWith(real(javaHome)) || (jar != null && target.equals(real(jar)))
                || name.endsWith(".jsa") || name.endsWith(".aot");
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
