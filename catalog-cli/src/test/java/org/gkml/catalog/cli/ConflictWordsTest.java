package org.gkml.catalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gkml.catalog.cli.CatalogCliTest.Run;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change set that does not apply, and a merge's conflicts, are said in words, Chinese by default. */
class ConflictWordsTest {

    @TempDir
    Path dir;

    private Path write(Catalog c, String name) throws Exception {
        Path p = dir.resolve(name);
        CatalogJson.write(c, p);
        return p;
    }

    private static Catalog edit(Catalog c, int i, java.util.function.UnaryOperator<Entry> change) {
        List<Entry> e = new ArrayList<>(c.entries());
        e.set(i, change.apply(e.get(i)));
        return c.toBuilder().entries(e).build();
    }

    @Test
    void patchConflicts_andMergeConflicts_inWords() throws Exception {
        Catalog base = CatalogJson.read(Path.of("../examples/catalogs/county-sample.json"));
        String code = base.entries().get(1).code();
        Catalog ours = edit(base, 1, e -> e.toBuilder().name("我方的名称").build());
        Catalog theirs = edit(edit(base, 1, e -> e.toBuilder().name("对方的名称").build()), 2,
                e -> e.toBuilder().method(e.method() == Method.PROACTIVE ? Method.ON_REQUEST : Method.PROACTIVE).build());
        List<Entry> removed = new ArrayList<>(ours.entries());
        removed.remove(2);
        ours = ours.toBuilder().entries(removed).build();
        Path b = write(base, "base.json");
        Path o = write(ours, "ours.json");
        Path t = write(theirs, "theirs.json");

        Run merge = CatalogCliTest.run("merge", b.toString(), o.toString(), t.toString(), dir.resolve("m.json").toString());
        assertEquals(1, merge.code(), merge.err());
        assertTrue(merge.err().contains("冲突：事项 " + code + " 的字段 /name：我方改为 \"我方的名称\"，对方改为 \"对方的名称\"（保留我方）"), merge.err());
        assertTrue(merge.err().contains("：我方删除了它，对方修改了它（保留我方）"), merge.err());
        Run mergeEn = CatalogCliTest.run("merge", b.toString(), o.toString(), t.toString(), dir.resolve("m.json").toString(), "--lang", "en");
        assertTrue(mergeEn.err().contains("conflict: entry " + code + " field /name: ours \"我方的名称\", theirs \"对方的名称\" (ours kept)"), mergeEn.err());

        Run diff = CatalogCliTest.run("diff", b.toString(), o.toString(), "--format", "json", "--output", dir.resolve("cs.json").toString());
        assertEquals(1, diff.code(), diff.err());
        Run patch = CatalogCliTest.run("patch", t.toString(), dir.resolve("cs.json").toString(), dir.resolve("p.json").toString());
        assertEquals(1, patch.code(), patch.err());
        assertTrue(patch.err().matches("(?s)catalog: \\S*cs\\.json 无法应用到 \\S*theirs\\.json：事项 .+"), patch.err());
        Run patchEn = CatalogCliTest.run("patch", t.toString(), dir.resolve("cs.json").toString(), dir.resolve("p.json").toString(), "--lang", "en");
        assertTrue(patchEn.err().contains("does not apply to") && patchEn.err().contains(": entry \""), patchEn.err());
    }
}
