package org.gkml.catalog.io.internal;

/**
 * Lines and columns of a byte buffer read front to back, for {@link XmlPull}: line ends counted eight bytes at a time
 * where no carriage return is (a line end is \n, \r\n or \r, as XML has it), columns in UTF-16 units from the last line
 * end, carried over when the buffer drops the bytes before its position. Positions are absolute offsets: the buffer's
 * index plus {@code before}, the bytes dropped before its first one. Not thread-safe.
 */
final class LineCount {

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private long counted; // absolute offset up to which line ends are counted
    private int lines;
    private long lineStart; // absolute offset of the current line's first byte
    private long carried; // absolute offset up to which the current line's characters are in carry
    private int carry;
    private boolean afterCr;

    private byte[] viewed;
    private java.nio.ByteBuffer view;

    /**
     * The buffer as eight-byte words: a {@link java.nio.ByteBuffer} view (one unaligned load each, as a byte-array
     * {@link java.lang.invoke.VarHandle} would be, without the dozen method-handle forms the JVM spins for the
     * latter on first use: some 10 ms of a first answer).
     */
    private java.nio.ByteBuffer littleEndian(byte[] buf) {
        if (buf != viewed) {
            viewed = buf;
            view = java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        }
        return view;
    }

    /** The high bit of each byte of {@code x} that is zero, and no other bit. */
    private static long zeroBytes(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }

    /** Bytes at the very start that are no characters (a byte order mark). */
    void skipped(int n) {
        carried = n;
    }

    /** Counts the line ends up to buffer position {@code p}. */
    private void countTo(byte[] buf, long before, int p) {
        int i = (int) (counted - before);
        while (i < p) {
            if (i + 8 <= p && !afterCr) {
                long w = littleEndian(buf).getLong(i);
                if (zeroBytes(w ^ (ONES * '\r')) == 0) {
                    long nl = zeroBytes(w ^ (ONES * '\n'));
                    if (nl != 0) {
                        lines += Long.bitCount(nl);
                        lineStart = before + i + (63 - Long.numberOfLeadingZeros(nl)) / 8 + 1;
                    }
                    i += 8;
                    continue;
                }
            }
            byte b = buf[i++];
            if (b == '\n') {
                if (!afterCr) {
                    lines++;
                }
                lineStart = before + i;
                afterCr = false;
            } else if (b == '\r') {
                lines++;
                lineStart = before + i;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
        counted = before + p;
        if (lineStart > carried) {
            carried = lineStart;
            carry = 0;
        }
    }

    /** Characters (UTF-16 units) in buffer positions {@code from} to {@code to}. */
    private static int characters(byte[] buf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if ((b & 0xC0) != 0x80) {
                n += (b & 0xF8) == 0xF0 ? 2 : 1; // a character beyond the BMP is two UTF-16 units
            }
        }
        return n;
    }

    /** Before the buffer drops its first {@code p} bytes: line ends counted, the current line's characters carried. */
    void dropping(byte[] buf, long before, int p) {
        countTo(buf, before, p);
        long end = before + p;
        if (carried < end) {
            carry += characters(buf, (int) (carried - before), p);
            carried = end;
        }
    }

    /** The 1-based line of buffer position {@code p}. */
    int line(byte[] buf, long before, int p) {
        countTo(buf, before, p);
        return lines + 1;
    }

    /** The 1-based column (UTF-16 units) of buffer position {@code p}. */
    int column(byte[] buf, long before, int p) {
        countTo(buf, before, p);
        return carry + characters(buf, (int) (carried - before), p) + 1;
    }
}
