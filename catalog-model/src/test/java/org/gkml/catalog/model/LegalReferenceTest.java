package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A 公开依据 cell read into references: title, document number and the articles cited; the text always kept. */
class LegalReferenceTest {

    private static List<String> read(String cell) {
        return LegalReference.parseAll(cell).stream().map(r -> r.title() + "|" + r.docNumber() + "|" + r.provision() + "|" + r.text()).toList();
    }

    @Test
    void titlesNumbersAndArticles() {
        assertEquals(List.of("中华人民共和国政府信息公开条例|国务院令第711号|第十九条、第二十条|《中华人民共和国政府信息公开条例》（国务院令第711号）第十九条、第二十条",
                        "社会救助暂行办法|null|null|《社会救助暂行办法》"),
                read("《中华人民共和国政府信息公开条例》（国务院令第711号）第十九条、第二十条\n《社会救助暂行办法》"));
        assertEquals(List.of("预算法|null|第十四条第一款|《预算法》第十四条第一款"), read("《预算法》第十四条第一款"));
        assertEquals(List.of("政府信息公开条例|null|第十九条至第二十一条|《政府信息公开条例》第十九条至第二十一条"),
                read("《政府信息公开条例》第十九条至第二十一条"));
    }

    @Test
    void aCellWithoutTitle_keepsItsText_andADocumentNumberStandingAlone() {
        assertEquals(List.of("null|国办发〔2019〕54号|null|国办发〔2019〕54号"), read("国办发〔2019〕54号"));
        assertEquals(List.of("null|null|null|国办发〔2019〕54号、国办发〔2020〕17号"), read("国办发〔2019〕54号、国办发〔2020〕17号"));
        assertEquals(List.of("null|null|null|相关法律法规"), read("相关法律法规"));
        assertEquals(List.of(), read("  "));
    }
}
