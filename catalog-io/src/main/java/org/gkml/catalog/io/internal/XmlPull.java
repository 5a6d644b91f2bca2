package org.gkml.catalog.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small pull tokenizer, about three times as fast as the JDK's StAX parser: the XLSX reader's for the large parts of
 * a workbook (sheets, shared strings), and the fast XML catalog reader's ({@code io.xml.FastXml}, which hands anything
 * it does not expect to the JAXB reader). It reads just the XML such a part or file holds: elements (local names;
 * prefixes are dropped, as the reader matches local names only), attributes, character data with the five predefined
 * entities and character references, CDATA sections, comments and processing instructions (skipped). It is safe by
 * construction: a DTD or any other entity reference is refused, not resolved, and every buffer it keeps is bounded (a
 * tag of at most {@link #MAX_TAG} bytes, {@link #MAX_DEPTH} open elements, character data handed out in chunks of at
 * most {@link #CHUNK} characters). It checks what a reader depends on: tags nest and close, names, quotes and
 * references are well formed, the bytes are valid UTF-8, no control characters; a part in UTF-16 or a declared legacy
 * encoding is transcoded first ({@link Utf8Transcoder#utf8}). Not a general XML parser: it does not check namespace
 * declarations or repeated attributes.
 *
 * <p>The parts, in this order, each under a {@code // ----} heading: opening; what a reader may ask for besides the
 * events (indentation passed over, lines and columns counted by {@link LineCount}); the events ({@link #next()} over a
 * buffer that keeps whole tags); tags; character data and references; the current event (its name, attributes and
 * text).
 */
public final class XmlPull {

    public static final int EOF = 0;
    public static final int START = 1;
    public static final int END = 2;
    public static final int TEXT = 3;

    public static final int MAX_TAG = 1 << 20;
    public static final int MAX_DEPTH = 512;
    public static final int CHUNK = 1 << 14;
    private static final int MAX_ATTRIBUTES = 512;

    private final InputStream in;
    private final String part;
    private byte[] buf;
    private int pos;
    private int lim;
    private long before; // bytes consumed before buf[0]
    private boolean eof;

    private boolean pendingEnd; // <a/>: the END that follows its START
    private int nameStart;
    private int nameEnd;
    private int localStart;

    // open elements: their qualified names, end to end
    private byte[] stack = new byte[256];
    private int stackLen;
    private final int[] stackAt = new int[MAX_DEPTH + 1];
    private int depth;

    // attributes of the current start tag: [nameStart, localStart, nameEnd, valueStart, valueEnd]
    private int[] attrs = new int[5 * 8];
    private int attrCount;

    private final char[] text = new char[CHUNK + 2];
    private int textLen;
    private boolean rootSeen;
    private boolean inCdata;

    // ---- opening ------------------------------------------------------------------------------------------------

    private XmlPull(InputStream in, String part, int bufferSize) {
        this.in = in;
        this.part = part;
        this.buf = new byte[bufferSize];
    }

    /** A tokenizer over a part in any encoding XML allows (UTF-8 read directly, others transcoded to UTF-8). */
    public static XmlPull open(InputStream raw, String part) throws IOException {
        return open(raw, part, 1 << 16);
    }

    public static XmlPull open(InputStream raw, String part, int bufferSize) throws IOException {
        return new XmlPull(Utf8Transcoder.utf8(raw), part, Math.max(bufferSize, 16));
    }

    // ---- what a reader may ask for besides the events -----------------------------------------------------

    private boolean skipLayout;

    /**
     * From now on, white space that stands right before a start tag is passed over instead of being handed out as
     * TEXT (the indentation of a document whose elements hold either elements or text, never both; white space
     * before an end tag, a comment or a processing instruction is still handed out).
     */
    public void skipLayoutText() {
        skipLayout = true;
    }

    /** Whether the white space at pos runs up to a start tag; if so it is passed over. */
    private boolean layoutBeforeStartTag() throws IOException {
        int k = 0;
        while (true) {
            if (k > 4096 || (pos + k >= lim && !ensure(k + 1))) {
                return false; // a long run, or the end: handed out as text
            }
            if (!white(buf[pos + k])) {
                break;
            }
            k++;
        }
        if (pos + k + 1 >= lim && !ensure(k + 2)) {
            return false;
        }
        byte next = buf[pos + k + 1];
        if (buf[pos + k] != '<' || next == '/' || next == '!' || next == '?') {
            return false;
        }
        pos += k;
        return true;
    }

    /** The line ends and columns of the bytes read, or null when nobody asked ({@link #trackLines()}). */
    private LineCount lines;

    /** Keeps count of lines and columns from now on (call before the first {@link #next()}). */
    public void trackLines() {
        lines = new LineCount();
    }

    /**
     * The 1-based line of the position after the current event (after a START: after its tag's {@code >}), as the
     * JDK's StAX parser reports it; needs {@link #trackLines()}.
     */
    public int line() {
        return lines.line(buf, before, pos);
    }

    /** The 1-based column (in UTF-16 units) of the position after the current event; needs {@link #trackLines()}. */
    public int column() {
        return lines.column(buf, before, pos);
    }

    // ---- the events: the buffer, next(), comments and the like passed over --------------------------------------

    /** Bytes consumed so far (for error messages). */
    public long offset() {
        return before + pos;
    }

    private Malformed bad(String problem) {
        return new Malformed(part + ": not well-formed XML at byte " + offset() + ": " + problem);
    }

    /** The part is not the XML this tokenizer reads; the message names the part and the byte offset. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;

        public Malformed(String message) {
            super(message);
        }
    }

    /** Makes at least {@code n} bytes from pos available, moving and growing the buffer up to MAX_TAG; false at EOF. */
    private boolean ensure(int n) throws IOException {
        while (lim - pos < n) {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                if (lines != null) {
                    lines.dropping(buf, before, pos);
                }
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                before += pos;
                lim -= pos;
                pos = 0;
            }
            if (lim == buf.length) {
                if (buf.length >= MAX_TAG + 16) {
                    throw bad("a tag longer than " + MAX_TAG + " bytes");
                }
                buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_TAG + 16));
            }
            int k = in.read(buf, lim, buf.length - lim);
            if (k < 0) {
                eof = true;
            } else {
                lim += k;
            }
        }
        return true;
    }

    /** The next event: START, END, TEXT (a chunk of character data) or EOF. */
    public int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            stackLen = stackAt[depth];
            return END;
        }
        attrCount = 0;
        if (inCdata) {
            readCdata();
            return TEXT;
        }
        while (true) {
            if (!ensure(1)) {
                if (depth > 0) {
                    throw bad("the part ends inside <" + new String(stack, stackAt[depth - 1], stackLen - stackAt[depth - 1], StandardCharsets.UTF_8) + ">");
                }
                if (!rootSeen) {
                    throw bad("no root element");
                }
                return EOF;
            }
            if (buf[pos] != '<') {
                if (depth == 0) {
                    skipWhiteOutsideRoot();
                    continue;
                }
                if (skipLayout && white(buf[pos]) && layoutBeforeStartTag()) {
                    continue;
                }
                readText();
                return TEXT;
            }
            if (!ensure(2)) {
                throw bad("the part ends inside a tag");
            }
            byte b = buf[pos + 1];
            if (b == '/') {
                endTag();
                return END;
            } else if (b == '?') {
                skipPast("?>", "a processing instruction");
            } else if (b == '!') {
                if (ensure(4) && buf[pos + 2] == '-' && buf[pos + 3] == '-') {
                    pos += 4;
                    skipPast("-->", "a comment");
                } else if (ensure(9) && startsWith("<![CDATA[")) {
                    if (depth == 0) {
                        throw bad("character data outside the root element");
                    }
                    pos += 9;
                    readCdata();
                    return TEXT;
                } else {
                    throw bad("a DTD or declaration (<!…) is refused");
                }
            } else {
                startTag();
                return START;
            }
        }
    }

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipWhiteOutsideRoot() throws IOException {
        byte b = buf[pos];
        if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            pos++;
            return;
        }
        if (pos == 0 && before == 0 && lim >= 3 && (b & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos += 3; // byte order mark
            if (lines != null) {
                lines.skipped(3); // not a character of the first line's columns
            }
            return;
        }
        throw bad(rootSeen ? "content after the root element" : "content before the root element");
    }

    private void skipPast(String end, String what) throws IOException {
        int n = end.length();
        while (true) {
            if (!ensure(n)) {
                throw bad("the part ends inside " + what);
            }
            boolean match = true;
            for (int i = 0; i < n; i++) {
                if (buf[pos + i] != end.charAt(i)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                pos += n;
                return;
            }
            pos++;
        }
    }

    // ---- tags: names, attributes, nesting ---------------------------------------------------------------------

    /** Bytes a tag's scan must look at: quotes, > and <. */
    private static final boolean[] TAG_STOP = new boolean[256];

    static {
        for (char c : "\"'><".toCharArray()) {
            TAG_STOP[c] = true;
        }
    }

    /** Bytes that end a name: white space, / > = < and quotes. */
    private static final boolean[] NOT_NAME = new boolean[256];

    static {
        for (char c : " \t\n\r/>=<\"'".toCharArray()) {
            NOT_NAME[c] = true;
        }
    }

    private static boolean nameByte(byte b) {
        return !NOT_NAME[b & 0xFF];
    }

    private static boolean white(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Makes the whole tag starting at pos available in the buffer (quotes may hold '>'). */
    private int tagEnd() throws IOException {
        int i = pos + 1;
        byte quote = 0;
        while (true) {
            if (i >= lim) {
                int off = i - pos;
                if (!ensure(off + 1)) {
                    throw bad("the part ends inside a tag");
                }
                i = pos + off;
            }
            if (quote == 0) {
                while (i < lim && !TAG_STOP[buf[i] & 0xFF]) {
                    i++; // names, white space, = and / in one loop
                }
                if (i >= lim) {
                    continue;
                }
            }
            byte b = buf[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return i;
            } else if (b == '<') {
                throw bad("'<' inside a tag");
            }
            i++;
        }
    }

    /** Reads the element name starting at {@code from} (its local part after any prefix); returns where it ends. */
    private int name(int from, int end) {
        int i = from;
        nameStart = i;
        localStart = i;
        while (i < end && nameByte(buf[i])) {
            if (buf[i] == ':') {
                localStart = i + 1;
            }
            i++;
        }
        nameEnd = i;
        return i;
    }

    private void startTag() throws IOException {
        if (depth == 0 && rootSeen) {
            throw bad("a second root element");
        }
        int end = tagEnd();
        int i = name(pos + 1, end);
        if (nameEnd == nameStart || localStart == nameEnd) {
            throw bad("a tag without a name");
        }
        boolean empty = false;
        while (true) {
            while (i < end && white(buf[i])) {
                i++;
            }
            if (i == end) {
                break;
            }
            if (buf[i] == '/') {
                if (i + 1 != end) {
                    throw bad("'/' inside a tag");
                }
                empty = true;
                break;
            }
            int an = i;
            int al = i;
            while (i < end && nameByte(buf[i])) {
                if (buf[i] == ':') {
                    al = i + 1;
                }
                i++;
            }
            int ae = i;
            while (i < end && white(buf[i])) {
                i++;
            }
            if (ae == an || i >= end || buf[i] != '=') {
                throw bad("an attribute without a value");
            }
            i++;
            while (i < end && white(buf[i])) {
                i++;
            }
            if (i >= end || (buf[i] != '"' && buf[i] != '\'')) {
                throw bad("an attribute value without quotes");
            }
            byte q = buf[i++];
            int vs = i;
            boolean check = false;
            while (buf[i] != q) {
                if (buf[i] == '<') {
                    throw bad("'<' in an attribute value");
                }
                check |= buf[i] == '&' || (buf[i] >= 0 && buf[i] < 0x20);
                i++;
            }
            if (attrCount == MAX_ATTRIBUTES) {
                throw bad("more than " + MAX_ATTRIBUTES + " attributes");
            }
            if (attrs.length < 5 * (attrCount + 1)) {
                attrs = java.util.Arrays.copyOf(attrs, attrs.length * 2);
            }
            int k = 5 * attrCount++;
            attrs[k] = an;
            attrs[k + 1] = al;
            attrs[k + 2] = ae;
            attrs[k + 3] = vs;
            attrs[k + 4] = i;
            if (check) {
                value(k); // references and control characters are checked even when nobody asks for the value
            }
            i++;
            if (i < end && !white(buf[i]) && buf[i] != '/') {
                throw bad("no space between attributes");
            }
        }
        if (depth == MAX_DEPTH) {
            throw bad("elements nested more than " + MAX_DEPTH + " deep");
        }
        int len = nameEnd - nameStart;
        if (stack.length < stackLen + len) {
            stack = java.util.Arrays.copyOf(stack, Math.max(stack.length * 2, stackLen + len));
        }
        System.arraycopy(buf, nameStart, stack, stackLen, len);
        stackAt[depth++] = stackLen;
        stackLen += len;
        rootSeen = true;
        pendingEnd = empty;
        pos = end + 1; // the tag's bytes stay in the buffer until the next call
    }

    private void endTag() throws IOException {
        int end = tagEnd();
        int i = name(pos + 2, end);
        while (i < end && white(buf[i])) {
            i++;
        }
        if (i != end || depth == 0) {
            throw bad(depth == 0 ? "an end tag without a start tag" : "a malformed end tag");
        }
        int open = stackAt[depth - 1];
        int len = nameEnd - nameStart;
        if (len != stackLen - open || !java.util.Arrays.equals(buf, nameStart, nameEnd, stack, open, stackLen)) {
            throw bad("</" + new String(buf, nameStart, len, StandardCharsets.UTF_8) + "> closes <"
                    + new String(stack, open, stackLen - open, StandardCharsets.UTF_8) + ">");
        }
        depth--;
        stackLen = open;
        pos = end + 1;
    }

    // ---- character data and references -----------------------------------------------------------------------

    private void readText() throws IOException {
        textLen = 0;
        while (textLen < CHUNK) {
            if (pos >= lim && !ensure(1)) {
                return; // the caller reports the unclosed element
            }
            // a run of plain characters (printable ASCII, and three-byte UTF-8 such as Chinese) copied in one loop
            int i = pos;
            int t = textLen;
            int end = Math.min(lim, i + (CHUNK - t));
            while (i < end) {
                byte b = buf[i];
                if (b >= 0x20) {
                    if (b == '<' || b == '&' || b == ']') {
                        break;
                    }
                    text[t++] = (char) b;
                    i++;
                } else if ((b & 0xF0) == 0xE0 && i + 2 < end) {
                    int c1 = buf[i + 1];
                    int c2 = buf[i + 2];
                    int cp = (b & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
                    if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp >= 0xFFFE) {
                        break; // the careful path says what is wrong
                    }
                    text[t++] = (char) cp;
                    i += 3;
                } else {
                    break;
                }
            }
            pos = i;
            textLen = t;
            if (textLen >= CHUNK || (pos >= lim && !ensure(1))) {
                continue;
            }
            byte b = buf[pos];
            if (b == '<') {
                return;
            }
            if (b < 0) {
                utf8();
            } else if (b == '&') {
                reference();
            } else if (b == ']') {
                if (ensure(3) && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                    throw bad("']]>' in character data");
                }
                text[textLen++] = ']';
                pos++;
            } else if (b < 0x20) {
                control(b);
            }
        }
    }

    private void readCdata() throws IOException {
        textLen = 0;
        inCdata = false;
        while (true) {
            if (!ensure(3)) {
                throw bad("the part ends inside a CDATA section");
            }
            byte b = buf[pos];
            if (b == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
                pos += 3;
                return;
            }
            if (textLen >= CHUNK) { // a long section continues in the next event
                inCdata = true;
                return;
            }
            if (b >= 0x20) {
                text[textLen++] = (char) b;
                pos++;
            } else if (b < 0) {
                utf8();
            } else {
                control(b);
            }
        }
    }

    /** Tab, line feed, carriage return (line ends normalised to \n as XML requires); other controls are refused. */
    private void control(byte b) throws IOException {
        if (b == '\t' || b == '\n') {
            text[textLen++] = (char) b;
            pos++;
        } else if (b == '\r') {
            pos++;
            if (ensure(1) && buf[pos] == '\n') {
                pos++;
            }
            text[textLen++] = '\n';
        } else {
            throw bad("control character U+" + String.format("%04X", b) + " in character data");
        }
    }

    private void utf8() throws IOException {
        int b0 = buf[pos] & 0xFF;
        int n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
        if (n == 0 || b0 > 0xF4) {
            throw bad("malformed UTF-8");
        }
        if (!ensure(n)) {
            throw bad("the part ends inside a UTF-8 sequence");
        }
        int cp = b0 & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int c = buf[pos + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                throw bad("malformed UTF-8");
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF))
                || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
            throw bad("malformed UTF-8");
        }
        pos += n;
        if (cp >= 0x10000) {
            text[textLen++] = Character.highSurrogate(cp);
            text[textLen++] = Character.lowSurrogate(cp);
        } else {
            text[textLen++] = (char) cp;
        }
    }

    /** &lt; &gt; &amp; &quot; &apos; &#N; &#xN; — anything else is an entity reference, refused. */
    private void reference() throws IOException {
        ensure(12);
        int end = -1;
        for (int i = pos + 1; i < Math.min(lim, pos + 12); i++) {
            if (buf[i] == ';') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw bad("'&' that starts no reference");
        }
        int cp = referenced(buf, pos + 1, end);
        pos = end + 1;
        if (cp >= 0x10000) {
            text[textLen++] = Character.highSurrogate(cp);
            text[textLen++] = Character.lowSurrogate(cp);
        } else {
            text[textLen++] = (char) cp;
        }
    }

    private int referenced(byte[] b, int from, int to) throws IOException {
        String name = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        switch (name) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            case "apos": return '\'';
            default: break;
        }
        int cp;
        try {
            if (name.startsWith("#x")) {
                cp = Integer.parseInt(name.substring(2), 16);
            } else if (name.startsWith("#")) {
                cp = Integer.parseInt(name.substring(1));
            } else {
                throw bad("entity reference &" + name + "; refused (only the predefined entities are read)");
            }
        } catch (NumberFormatException e) {
            throw bad("malformed character reference &" + name + ";");
        }
        boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!ok) {
            throw bad("character reference &" + name + "; is not an XML character");
        }
        return cp;
    }

    // ---- the current event: its name, attributes and text --------------------------------------------------

    private final String[] names = new String[256];

    /** The current START or END element's local name (canonical strings from a small cache: no allocation for a known name). */
    public String localName() {
        int h = 0;
        for (int i = localStart; i < nameEnd; i++) {
            h = 31 * h + buf[i];
        }
        int slot = (h ^ (h >>> 8)) & (names.length - 1);
        String c = names[slot];
        if (c == null || !is(c)) {
            c = new String(buf, localStart, nameEnd - localStart, StandardCharsets.UTF_8);
            names[slot] = c;
        }
        return c;
    }

    /** Whether the current element's name has a prefix ({@code x:name}). */
    public boolean hasPrefix() {
        return localStart != nameStart;
    }

    /** The number of attributes of the current START element (namespace declarations included). */
    public int attributeCount() {
        return attrCount;
    }

    /** Whether the current TEXT chunk is white space only. */
    public boolean textIsWhite() {
        for (int i = 0; i < textLen; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether the current START or END element has this local name (ASCII). */
    public boolean is(String localName) {
        int n = nameEnd - localStart;
        if (n != localName.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (buf[localStart + i] != localName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the current START element has a prefix-less attribute with this local name. */
    public String attribute(String localName) throws IOException {
        int k = find(localName);
        return k < 0 ? null : value(k);
    }

    /** The index of a prefix-less attribute with this local name, or -1. */
    private int find(String localName) {
        int n = localName.length();
        outer:
        for (int a = 0; a < attrCount; a++) {
            int k = 5 * a;
            if (attrs[k] != attrs[k + 1] || attrs[k + 2] - attrs[k] != n) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (buf[attrs[k] + i] != localName.charAt(i)) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    /** An attribute's value, with references replaced and white space normalised as XML requires. */
    private String value(int k) throws IOException {
        int vs = attrs[k + 3];
        int ve = attrs[k + 4];
        boolean plain = true;
        for (int i = vs; i < ve; i++) {
            byte b = buf[i];
            if (b < 0x20 || b == '&') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(buf, vs, ve - vs, StandardCharsets.UTF_8);
        }
        StringBuilder s = new StringBuilder(ve - vs);
        String raw = new String(buf, vs, ve - vs, StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw bad("'&' that starts no reference in an attribute value");
                }
                byte[] ref = raw.substring(i + 1, semi).getBytes(StandardCharsets.ISO_8859_1);
                s.appendCodePoint(referenced(ref, 0, ref.length));
                i = semi;
            } else if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                s.append(' ');
                i++;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                s.append(' ');
            } else if (c < 0x20) {
                throw bad("control character in an attribute value");
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * The 0-based column of a prefix-less attribute holding a cell reference such as {@code AB12}, -1 when the
     * attribute is absent, -2 when it is not a cell reference, -3 when its column is beyond {@code maxColumns}
     * (read from the bytes: no string is made).
     */
    public int columnAttribute(String localName, int maxColumns) {
        int k = find(localName);
        if (k < 0) {
            return -1;
        }
        int i = attrs[k + 3];
        int e = attrs[k + 4];
        int col = 0;
        while (i < e) {
            int c = buf[i];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > maxColumns) {
                return -3;
            }
            i++;
        }
        int digits = e - i;
        if (col == 0 || digits == 0 || digits > 7 || buf[i] == '0') {
            return -2;
        }
        for (; i < e; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return -2;
            }
        }
        return col - 1;
    }

    /** A prefix-less attribute holding a non-negative decimal number; -1 when absent, -2 when not such a number. */
    public int intAttribute(String localName) {
        int k = find(localName);
        if (k < 0) {
            return -1;
        }
        int i = attrs[k + 3];
        int e = attrs[k + 4];
        while (i < e && white(buf[i])) {
            i++;
        }
        while (e > i && white(buf[e - 1])) {
            e--;
        }
        if (i == e || e - i > 9) {
            return -2;
        }
        int v = 0;
        for (; i < e; i++) {
            if (buf[i] < '0' || buf[i] > '9') {
                return -2;
            }
            v = v * 10 + (buf[i] - '0');
        }
        return v;
    }

    /** Whether a prefix-less attribute has exactly this (ASCII) value, without references. */
    public boolean attributeIs(String localName, String value) {
        int k = find(localName);
        if (k < 0 || attrs[k + 4] - attrs[k + 3] != value.length()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (buf[attrs[k + 3] + i] != value.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Appends the current TEXT chunk. */
    public void appendText(StringBuilder to) {
        to.append(text, 0, textLen);
    }

    public int textLength() {
        return textLen;
    }
}
