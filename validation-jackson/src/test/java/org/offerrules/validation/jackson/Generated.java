package org.offerrules.validation.jackson;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test input generated on the fly: a prefix, {@code count} repetitions of a unit, a suffix; nothing held. */
final class Generated extends InputStream {

    private final byte[] prefix;
    private final byte[] unit;
    private final byte[] suffix;
    private final long total;
    private long position;
    long read; // bytes handed out, for laziness checks

    Generated(String prefix, String unit, long count, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.unit = unit.getBytes(StandardCharsets.UTF_8);
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        this.total = this.prefix.length + this.unit.length * count + this.suffix.length;
    }

    @Override
    public int read() {
        if (position >= total) {
            return -1;
        }
        return byteAt(position++) & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= total) {
            return -1;
        }
        int n = (int) Math.min(len, total - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = byteAt(position++);
        }
        read += n;
        return n;
    }

    private byte byteAt(long at) {
        if (at < prefix.length) {
            return prefix[(int) at];
        }
        long inUnits = at - prefix.length;
        long unitsLength = (total - prefix.length - suffix.length);
        if (inUnits < unitsLength) {
            return unit[(int) (inUnits % unit.length)];
        }
        return suffix[(int) (inUnits - unitsLength)];
    }
}
