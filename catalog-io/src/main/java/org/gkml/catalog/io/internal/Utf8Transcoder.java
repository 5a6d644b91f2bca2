package org.gkml.catalog.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An InputStream of UTF-8 bytes over a reader (a part in UTF-16 or a legacy encoding), and the detection of when one is needed. */
public final class Utf8Transcoder extends InputStream {
    private final Reader reader;
    private final CharsetEncoder enc = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean done;
    private boolean started;

    public Utf8Transcoder(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    /** The bytes of an XML part as UTF-8: read as they are when they are UTF-8, else transcoded from what they declare. */
    public static InputStream utf8(InputStream raw) throws IOException {
        BufferedInputStream b = new BufferedInputStream(raw, 512);
        b.mark(512);
        byte[] head = b.readNBytes(256);
        b.reset();
        Charset cs = encoding(head);
        return cs == null ? b : new Utf8Transcoder(new InputStreamReader(b, cs));
    }

    /**
     * The encoding an XML declaration at the start of the text names — what the first match of
     * {@code ^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']} captures — or null. Scanned by hand: compiling a
     * regular expression links lambdas, slow in a first answer ({@code Utf8TranscoderTest} compares the two).
     */
    static String declaredEncoding(String s) {
        if (!s.startsWith("<?xml")) {
            return null;
        }
        int gt = s.indexOf('>', 5);
        int limit = gt < 0 ? s.length() : gt; // "encoding" starts before the declaration's first '>'
        for (int at = s.indexOf("encoding", 5); at >= 0 && at < limit; at = s.indexOf("encoding", at + 1)) {
            int i = spaces(s, at + 8);
            if (i >= s.length() || s.charAt(i) != '=') {
                continue;
            }
            i = spaces(s, i + 1);
            if (i >= s.length() || !quote(s.charAt(i))) {
                continue;
            }
            int from = ++i;
            while (i < s.length() && nameChar(s.charAt(i))) {
                i++;
            }
            if (i > from && i < s.length() && quote(s.charAt(i))) {
                return s.substring(from, i);
            }
        }
        return null;
    }

    private static int spaces(String s, int i) {
        while (i < s.length() && " \t\n\013\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean quote(char c) {
        return c == '"' || c == '\'';
    }

    private static boolean nameChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':' || c == '-';
    }

    /** The encoding of a part when it is not UTF-8, from its byte order mark, first bytes or declaration; else null. */
    static Charset encoding(byte[] h) throws IOException {
        int n = h.length;
        if (n >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16; // the reader drops the mark
        }
        if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        if (n >= 4 && h[0] == 0 && h[1] == '<' && h[2] == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 4 && h[0] == '<' && h[1] == 0 && h[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        int skip = n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF ? 3 : 0;
        String name = declaredEncoding(new String(h, skip, n - skip, StandardCharsets.ISO_8859_1));
        if (name == null) {
            return null;
        }
        if (name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("encoding \"" + name + "\" declared by the part is not supported");
        }
    }


    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (!bytes.hasRemaining()) {
            if (done) {
                return -1;
            }
            chars.compact();
            int k = reader.read(chars);
            chars.flip();
            if (!started && chars.hasRemaining() && chars.get(0) == '\uFEFF') {
                chars.get(); // a byte order mark the decoder kept
            }
            started = true;
            bytes.clear();
            if (k < 0) {
                done = true;
                enc.encode(chars, bytes, true);
                enc.flush(bytes);
            } else {
                java.nio.charset.CoderResult r = enc.encode(chars, bytes, false);
                if (r.isError()) {
                    r.throwException();
                }
            }
            bytes.flip();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
