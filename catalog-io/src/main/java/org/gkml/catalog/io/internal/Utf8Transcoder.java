package org.gkml.catalog.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An InputStream of UTF-8 bytes over a reader (a part in UTF-16 or a legacy encoding). */
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
