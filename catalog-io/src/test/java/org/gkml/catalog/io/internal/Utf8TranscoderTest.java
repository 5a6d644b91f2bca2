package org.gkml.catalog.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The encoding an XML declaration names, scanned by hand, against the regular expression it stands for. */
class Utf8TranscoderTest {

    @Test
    void declaredEncoding_isTheExpressionsFirstMatch() {
        Pattern declared = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
        String[] pieces = {" ", "\t", "\n", "\u000b", "\f", "\r", "encoding", "encod", "=", "\"", "'", "UTF-8", "GBK", "gb2312",
            "x:y", "a_b.c", ">", "?>", "version=\"1.0\"", "standalone='yes'", "é", "中", "<", "encoding=\"GBK\"",
            "encoding = 'UTF-8'", "encoding='a\"", "encoding=\"\"", "encoding\t=\n\"x:y'", "encoding='中'"};
        Random r = new Random(2026);
        int named = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder(r.nextInt(8) == 0 ? "<?xm" : "<?xml");
            for (int n = r.nextInt(12); n > 0; n--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = b.toString();
            Matcher m = declared.matcher(s);
            String expected = m.find() ? m.group(1) : null;
            named += expected == null ? 0 : 1;
            assertEquals(expected, Utf8Transcoder.declaredEncoding(s), s);
        }
        assertTrue(named > 2_000, "declarations that name an encoding: " + named);
        assertEquals("GB18030", Utf8Transcoder.declaredEncoding("<?xml version=\"1.0\" encoding=\"GB18030\"?><catalog/>"));
    }
}
