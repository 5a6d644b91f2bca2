package org.gkml.catalog.io.sheet;

/**
 * Equal cell texts shared as one {@code String}: sheets repeat their checklists, ticks, deadlines and bodies row after
 * row, and a 100,000-row sheet would otherwise hold each copy. A direct-mapped cache by hash (a newer text evicts an
 * older one in its slot): no resizing, bounded memory, and for text still in a buffer no {@code String} is created when
 * an equal one is cached. Not thread-safe; one per sheet read.
 */
final class CellInterner {

    private static final int MAX_LENGTH = 512;
    private final String[] slots = new String[1 << 13];
    /** The characters of each slot's string, for a vectorised comparison with the buffer. */
    private final char[][] chars = new char[slots.length][];
    private final char[] buffer = new char[MAX_LENGTH];

    /** The shared string equal to {@code s}. */
    String of(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return s;
        }
        int slot = s.hashCode() & (slots.length - 1);
        String c = slots[slot];
        if (s.equals(c)) {
            return c;
        }
        slots[slot] = s;
        chars[slot] = null; // filled only by the buffer overload
        return s;
    }

    /** The shared string with the characters of {@code b}, created only when no equal string is cached. */
    String of(StringBuilder b) {
        int n = b.length();
        if (n == 0) {
            return "";
        }
        if (n > MAX_LENGTH) {
            return b.toString();
        }
        b.getChars(0, n, buffer, 0);
        return of(buffer, 0, n);
    }

    /** The shared string with {@code n} characters of {@code a} from {@code off}, created only when none is cached. */
    String of(char[] a, int off, int n) {
        if (n == 0) {
            return "";
        }
        if (n > MAX_LENGTH) {
            return new String(a, off, n);
        }
        int h = 0;
        for (int i = off; i < off + n; i++) {
            h = 31 * h + a[i]; // String.hashCode's function, so all overloads share slots
        }
        int slot = h & (slots.length - 1);
        char[] c = chars[slot];
        if (c != null && c.length == n && java.util.Arrays.equals(c, 0, n, a, off, off + n)) {
            return slots[slot];
        }
        String s = new String(a, off, n);
        s.hashCode(); // computed here, on the reading thread, and kept in the string for the lookups of the understanding
        slots[slot] = s;
        chars[slot] = java.util.Arrays.copyOfRange(a, off, off + n);
        return s;
    }
}
