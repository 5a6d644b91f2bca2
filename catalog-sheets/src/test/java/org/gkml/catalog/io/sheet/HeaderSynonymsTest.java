package org.gkml.catalog.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Header texts other publishers use (none of them in the development corpus) take the role of the template header
 * they stand for; notes columns have none (they are kept in extensions).
 */
class HeaderSynonymsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "目录名称, item", "工作事项, item", "公开类别, itemType", "主题分类, itemType", "公开的具体内容, content",
        "文件依据, basis", "设定依据, basis", "时效, deadline", "信息生成单位, subject", "信息提供单位, subject",
        "制作机关, subject", "主责部门, responsibility", "监督电话, contact", "索引号, code",
        "主动公开/依申请公开, method", "公开 时限, deadline", "公开渠道及载体, channel", "面向对象, audience",
        "更新频率, deadline", "保存期限, duration", "承办科室, responsibility",
        "事项内容, content", "具体公开内容, content", "发布内容, content", "涉及法律法规, basis", "实施主体, subject",
        "主管部门, subject", "负责单位, responsibility", "牵头部门, responsibility", "公开范围和方式, audience", "公开对象及方式, audience", "*公开事项, item", "【公开渠道】, channel", "公开依据：, basis", "事项名称（二级）, item", "公开主体（填写单位全称）, subject",
        "公开的主要内容, content", "法规依据, basis", "政策文件依据, basis", "主动/依申请, method", "主动或依申请公开, method", "信息公开责任人, person", "公开责任人, person", "公开责任单位, responsibility",
        "1.公开事项, item", "(2)公开内容, content", "10、公开依据, basis", "主要依据, basis",
    })
    void synonym_takesTheRole(String header, String role) {
        assertEquals(ColumnRole.of(role), MappingProfile.builtIn().role(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"备注", "说明"})
    void notes_haveNoRole(String header) {
        assertEquals(null, MappingProfile.builtIn().role(header));
    }
}
