package org.gkml.catalog.io.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON-P pull parser straight from UTF-8 bytes, for the streaming reader: the same events, strings, numbers and
 * locations (line, column and offset in characters, just after the current token) as Parsson, faster because it
 * decodes only strings and copies ASCII strings straight from the bytes. (Sharing repeated short strings through a
 * cache was tried and made reading 25% slower: a young string is cheaper than the lookup.) Strict RFC 8259: invalid UTF-8, control characters in strings, bad escapes and numbers, trailing commas and
 * content after the root are refused with their location; nesting is limited to {@link JsonCatalogReader#MAX_DEPTH},
 * strings to {@link JsonCatalogReader#MAX_STRING} characters (refused while reading, before they are held), numbers to
 * 1,000 characters. Trees ({@link #getObject()}) are built with the JSON-P provider and refuse duplicate keys.
 */
final class Utf8JsonParser implements JsonParser {

    /** The provider of the JSON-P values an extension is read into, started when first needed (most documents have none). */
    private static final class Provider {
        static final JsonProvider PROVIDER = JsonProvider.provider();
    }
    private static final int MAX_NUMBER = 1000;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int lim;
    private long before; // bytes before buf[0]
    private boolean eof;

    private long line = 1;
    private long lineStart; // character offset of the current line's first character
    private long adjust; // bytes minus source characters consumed so far (multi-byte UTF-8 sequences)

    private final byte[] stack = new byte[JsonCatalogReader.MAX_DEPTH + 1]; // 1 object, 2 array; | 4 when it has members
    private int depth;
    private boolean afterKey;
    private boolean rootDone;
    private Event current;

    private String text; // key, string value or number of the current event
    private char[] chars = new char[256];
    /** Keys seen before, by a hash of their bytes: documents repeat a few dozen keys millions of times. */
    private final String[] keys;
    private final byte[][] keyBytes;


    Utf8JsonParser(InputStream in) {
        this(in, 1 << 16);
    }

    Utf8JsonParser(InputStream in, int bufferSize) {
        this(in, bufferSize, 512);
    }

    /**
     * A parser over a small document in memory, its first {@code length} bytes (the text of an XML
     * {@code <extensions>}, an entry read back from a file): read in place, not copied (the parser may move bytes within
     * the array), with a small key cache.
     */
    Utf8JsonParser(byte[] document, int length) {
        this(InputStream.nullInputStream(), document, 16);
        this.lim = length;
    }

    private Utf8JsonParser(InputStream in, int bufferSize, int keyCache) {
        this(in, new byte[Math.max(bufferSize, 8)], keyCache);
    }

    private Utf8JsonParser(InputStream in, byte[] buf, int keyCache) {
        this.in = in;
        this.buf = buf;
        this.keys = new String[keyCache];
        this.keyBytes = new byte[keyCache][];
    }

    // ---- input ----------------------------------------------------------------------------------------------

    private boolean fill() {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            before += pos;
            lim -= pos;
            pos = 0;
        }
        if (lim == buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, 16)); // a document in memory may be empty
        }
        try {
            int k = in.read(buf, lim, buf.length - lim);
            if (k < 0) {
                eof = true;
                return false;
            }
            lim += k;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next byte without consuming it, or -1 at the end. */
    private int peek() {
        if (pos >= lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private long charOffset() {
        return before + pos - adjust;
    }

    private long tokenOffset;
    private long tokenLine = 1;
    private long tokenLineStart;

    /** Marks where the token that starts at {@code pos} begins (for {@link #tokenLocation()}). */
    private int mark(int c) {
        tokenOffset = charOffset();
        tokenLine = line;
        tokenLineStart = lineStart;
        return c;
    }

    /** The line where the current event's token (a key, a value, a bracket) begins. */
    long tokenLine() {
        return tokenLine;
    }

    /** The column where the current event's token begins. */
    long tokenColumn() {
        return tokenOffset - tokenLineStart + 1;
    }

    private JsonParsingException error(String message) {
        return new JsonParsingException(message, getLocation());
    }

    private JsonParsingException unexpected(int c, String expected) {
        if (c < 0) {
            return error("Unexpected char -1 (EOF): the document ends too early; expected " + expected);
        }
        String shown = c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : "byte 0x" + Integer.toHexString(c);
        return error("Unexpected char " + shown + "; expected " + expected);
    }

    /** Skips white space, counting lines; returns the next byte or -1. */
    private int skipWhite() {
        while (true) {
            if (pos >= lim && !fill()) {
                return -1;
            }
            byte b = buf[pos];
            if (b == ' ' || b == '\t' || b == '\r') {
                pos++;
            } else if (b == '\n') {
                pos++;
                line++;
                lineStart = charOffset();
            } else {
                return b & 0xFF;
            }
        }
    }

    // ---- events ---------------------------------------------------------------------------------------------

    @Override
    public boolean hasNext() {
        if (depth > 0 || !rootDone) {
            return true;
        }
        int c = skipWhite();
        if (c >= 0) {
            throw unexpected(c, "the end of the document after the root value");
        }
        return false;
    }

    @Override
    public Event next() {
        text = null;
        if (depth == 0) {
            if (rootDone) {
                throw new NoSuchElementException("no more events: the root value is complete");
            }
            return current = value(mark(skipWhite()), "a JSON value");
        }
        byte top = stack[depth - 1];
        boolean members = (top & 4) != 0;
        int c = mark(skipWhite());
        if ((top & 3) == 1) { // object
            if (afterKey) {
                if (c != ':') {
                    throw unexpected(c, "':' after a key");
                }
                pos++;
                afterKey = false;
                return current = value(mark(skipWhite()), "a value after ':'");
            }
            if (c == '}') {
                pos++;
                return current = close(Event.END_OBJECT);
            }
            if (members) {
                if (c != ',') {
                    throw unexpected(c, "',' or '}'");
                }
                pos++;
                c = mark(skipWhite());
            }
            if (c != '"') {
                throw unexpected(c, members ? "a key after ','" : "a key or '}'");
            }
            pos++;
            text = key();
            afterKey = true;
            stack[depth - 1] |= 4;
            return current = Event.KEY_NAME;
        }
        if (c == ']') { // array
            pos++;
            return current = close(Event.END_ARRAY);
        }
        if (members) {
            if (c != ',') {
                throw unexpected(c, "',' or ']'");
            }
            pos++;
            c = mark(skipWhite());
        }
        stack[depth - 1] |= 4;
        return current = value(c, members ? "a value after ','" : "a value or ']'");
    }

    private Event close(Event e) {
        depth--;
        if (depth == 0) {
            rootDone = true;
        }
        return e;
    }

    private Event value(int c, String expected) {
        switch (c) {
            case '{':
                pos++;
                return open(1, Event.START_OBJECT);
            case '[':
                pos++;
                return open(2, Event.START_ARRAY);
            case '"':
                pos++;
                text = string();
                return scalar(Event.VALUE_STRING);
            case 't':
                literal("true");
                return scalar(Event.VALUE_TRUE);
            case 'f':
                literal("false");
                return scalar(Event.VALUE_FALSE);
            case 'n':
                literal("null");
                return scalar(Event.VALUE_NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    text = number();
                    return scalar(Event.VALUE_NUMBER);
                }
                throw unexpected(c, expected);
        }
    }

    private Event scalar(Event e) {
        if (depth == 0) {
            rootDone = true;
        }
        return e;
    }

    private Event open(int kind, Event e) {
        if (depth == JsonCatalogReader.MAX_DEPTH) {
            throw error("nesting depth exceeds " + JsonCatalogReader.MAX_DEPTH);
        }
        stack[depth++] = (byte) kind;
        return e;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            int c = peek();
            if (c != word.charAt(i)) {
                throw unexpected(c, "'" + word.charAt(i) + "' of " + word);
            }
            pos++;
        }
    }

    private String number() {
        int c = peek();
        StringBuilder sb = new StringBuilder(16);
        if (c == '-') {
            sb.append('-');
            pos++;
            c = peek();
        }
        if (c == '0') {
            sb.append('0');
            pos++;
            c = peek();
        } else if (c >= '1' && c <= '9') {
            c = digits(sb);
        } else {
            throw unexpected(c, "a digit");
        }
        if (c == '.') {
            sb.append('.');
            pos++;
            c = peek();
            if (c < '0' || c > '9') {
                throw unexpected(c, "a digit after '.'");
            }
            c = digits(sb);
        }
        if (c == 'e' || c == 'E') {
            sb.append((char) c);
            pos++;
            c = peek();
            if (c == '+' || c == '-') {
                sb.append((char) c);
                pos++;
                c = peek();
            }
            if (c < '0' || c > '9') {
                throw unexpected(c, "a digit in the exponent");
            }
            digits(sb);
        }
        return sb.toString();
    }

    private int digits(StringBuilder sb) {
        int c = peek();
        while (c >= '0' && c <= '9') {
            sb.append((char) c);
            if (sb.length() > MAX_NUMBER) {
                throw error("a number of more than " + MAX_NUMBER + " characters");
            }
            pos++;
            c = peek();
        }
        return c;
    }

    // ---- strings --------------------------------------------------------------------------------------------

    /** A string after its opening quote, up to and including the closing one. */
    /**
     * A key: the same {@code String} instance for the same short ASCII key (interned, so that a switch or map lookup
     * on it is an identity test with a cached hash); any other key as {@link #string()}.
     */
    private String key() {
        int h = 0;
        for (int i = pos; i < lim && i - pos <= 64; i++) {
            byte b = buf[i];
            if (b == '"') {
                int len = i - pos;
                int slot = (h ^ (h >>> 9)) & (keys.length - 1);
                byte[] k = keyBytes[slot];
                String s;
                if (k != null && java.util.Arrays.equals(k, 0, k.length, buf, pos, i)) {
                    s = keys[slot];
                } else {
                    s = new String(buf, pos, len, StandardCharsets.ISO_8859_1).intern();
                    keys[slot] = s;
                    keyBytes[slot] = java.util.Arrays.copyOfRange(buf, pos, i);
                }
                pos = i + 1;
                return s;
            }
            if (b < 0x20 || b == '\\') { // negative: a multi-byte character
                break;
            }
            h = 31 * h + b;
        }
        return string();
    }

    /**
     * Whether the last string read had an escape that gives a character the wire format forbids in text or must
     * check (a C0 control other than tab, line feed and carriage return; a surrogate): the binder then checks it,
     * and no other string costs anything.
     */
    boolean lastStringSuspect() {
        return suspect;
    }

    private boolean suspect;

    private String string() {
        suspect = false;
        // fast path: ASCII without escapes, wholly in the buffer
        for (int i = pos; i < lim; i++) {
            byte b = buf[i];
            if (b == '"') {
                int len = i - pos;
                String s = new String(buf, pos, len, StandardCharsets.ISO_8859_1);
                pos = i + 1;
                return s;
            }
            if (b < 0x20 || b == '\\') { // negative: a multi-byte character
                break;
            }
        }
        return slowString();
    }

    private String slowString() {
        int n = 0;
        while (true) {
            if (pos >= lim && !fill()) {
                throw unexpected(-1, "'\"' closing a string");
            }
            int b = buf[pos] & 0xFF;
            if (n + 2 > chars.length) {
                if (chars.length > JsonCatalogReader.MAX_STRING) {
                    throw error("a string of more than " + JsonCatalogReader.MAX_STRING + " characters exceeds the limit of "
                            + JsonCatalogReader.MAX_STRING);
                }
                chars = java.util.Arrays.copyOf(chars, chars.length * 2);
            }
            if (b == '"') {
                pos++;
                return new String(chars, 0, n);
            } else if (b == '\\') {
                pos++;
                n = escape(n);
            } else if (b < 0x20) {
                throw error("Unexpected char 0x" + Integer.toHexString(b) + ": a control character inside a string must be escaped");
            } else if (b < 0x80) {
                chars[n++] = (char) b;
                pos++;
            } else {
                n = utf8(b, n);
            }
        }
    }

    private int escape(int n) {
        int c = peek();
        pos++;
        switch (c) {
            case '"': chars[n++] = '"'; break;
            case '\\': chars[n++] = '\\'; break;
            case '/': chars[n++] = '/'; break;
            case 'b': chars[n++] = '\b'; suspect = true; break;
            case 'f': chars[n++] = '\f'; suspect = true; break;
            case 'n': chars[n++] = '\n'; break;
            case 'r': chars[n++] = '\r'; break;
            case 't': chars[n++] = '\t'; break;
            case 'u': {
                int v = 0;
                for (int i = 0; i < 4; i++) {
                    int h = peek();
                    int d = Character.digit(h, 16);
                    if (h < 0 || d < 0) {
                        pos--;
                        throw unexpected(h, "a hexadecimal digit of a \\u escape");
                    }
                    v = v * 16 + d;
                    pos++;
                }
                chars[n++] = (char) v;
                if (v < 0x20 || Character.isSurrogate((char) v)) {
                    suspect = true;
                }
                return n;
            }
            default:
                pos--;
                throw unexpected(c, "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
        }
        return n;
    }

    private int utf8(int b0, int n) {
        int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
        if (len == 0 || b0 > 0xF4) {
            throw malformed();
        }
        while (lim - pos < len) {
            if (!fill()) {
                throw malformed();
            }
        }
        int cp = b0 & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
            int c = buf[pos + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                throw malformed();
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            throw malformed();
        }
        pos += len;
        if (cp >= 0x10000) {
            chars[n++] = Character.highSurrogate(cp);
            chars[n++] = Character.lowSurrogate(cp);
            adjust += len - 2;
        } else {
            chars[n++] = (char) cp;
            adjust += len - 1;
        }
        return n;
    }

    private JsonParsingException malformed() {
        JsonParsingException e = error("invalid UTF-8 byte sequence");
        e.initCause(new MalformedInputException(1));
        return e;
    }

    // ---- values of the current event -------------------------------------------------------------------------

    @Override
    public String getString() {
        if (text == null) {
            throw new IllegalStateException("getString() at " + current);
        }
        return text;
    }

    @Override
    public boolean isIntegralNumber() {
        number("isIntegralNumber");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    @Override
    public int getInt() {
        return getBigDecimal().intValue();
    }

    @Override
    public long getLong() {
        return getBigDecimal().longValue();
    }

    @Override
    public BigDecimal getBigDecimal() {
        number("getBigDecimal");
        return new BigDecimal(text);
    }

    private void number(String what) {
        if (current != Event.VALUE_NUMBER) {
            throw new IllegalStateException(what + "() at " + current);
        }
    }

    @Override
    public JsonLocation getLocation() {
        long offset = charOffset();
        long ln = line;
        long col = offset - lineStart + 1;
        return new JsonLocation() {
            @Override
            public long getLineNumber() {
                return ln;
            }

            @Override
            public long getColumnNumber() {
                return col;
            }

            @Override
            public long getStreamOffset() {
                return offset;
            }

            @Override
            public String toString() {
                return "(line no=" + ln + ", column no=" + col + ", offset=" + offset + ")";
            }
        };
    }

    @Override
    public Event currentEvent() {
        return current;
    }

    @Override
    public JsonObject getObject() {
        if (current != Event.START_OBJECT) {
            throw new IllegalStateException("getObject() at " + current);
        }
        JsonObjectBuilder b = Provider.PROVIDER.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (true) {
            Event e = next();
            if (e == Event.END_OBJECT) {
                return b.build();
            }
            String key = text;
            if (!keys.add(key)) {
                throw error("Duplicate key '" + key + "' is not allowed");
            }
            next();
            b.add(key, getValue());
        }
    }

    @Override
    public JsonArray getArray() {
        if (current != Event.START_ARRAY) {
            throw new IllegalStateException("getArray() at " + current);
        }
        JsonArrayBuilder b = Provider.PROVIDER.createArrayBuilder();
        while (next() != Event.END_ARRAY) {
            b.add(getValue());
        }
        return b.build();
    }

    @Override
    public JsonValue getValue() {
        switch (current) {
            case START_OBJECT: return getObject();
            case START_ARRAY: return getArray();
            case KEY_NAME:
            case VALUE_STRING: return Provider.PROVIDER.createValue(text);
            case VALUE_NUMBER: return Provider.PROVIDER.createValue(new BigDecimal(text));
            case VALUE_TRUE: return JsonValue.TRUE;
            case VALUE_FALSE: return JsonValue.FALSE;
            case VALUE_NULL: return JsonValue.NULL;
            default: throw new IllegalStateException("getValue() at " + current);
        }
    }

    @Override
    public void skipObject() {
        skip(Event.START_OBJECT, Event.END_OBJECT);
    }

    @Override
    public void skipArray() {
        skip(Event.START_ARRAY, Event.END_ARRAY);
    }

    /** Advances to the end of the innermost open container of this kind. */
    private void skip(Event start, Event end) {
        int kind = start == Event.START_OBJECT ? 1 : 2;
        int target = depth;
        while (target > 0 && (stack[target - 1] & 3) != kind) {
            target--;
        }
        if (target == 0) {
            return;
        }
        while (depth >= target) {
            next();
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
