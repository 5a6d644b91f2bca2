package org.gkml.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "政府网站|governmentWebsite", "政府 网站|governmentWebsite", "■政府網站|governmentWebsite",
        "门户网站、|governmentWebsite", "管理部门网站|governmentWebsite", "一微一端|newMedia", "两微一端|newMedia",
        "发布会/听证会|pressConference", "□发布会|pressConference", "社区/企事业单位、村公示栏(电子屏)|noticeBoard",
        "村務公開欄|noticeBoard", "公示栏|noticeBoard", "1.政府网站|governmentWebsite", "精准推送|targetedPush",
        "信用中国网站|onlinePlatform", "招标投标公共服务平台|onlinePlatform", "广东政务服务网|onlinePlatform",
        "其他法律服务网|other", "其他|other", "12345政务服务热线|hotline", "便民服务站|serviceStation",
        "政务服务中心|serviceCenter", "入户/现场|onSite", "纸质媒体|print", "公开查阅点|readingRoom", "广播电视|broadcast",
        "政府公报|gazette", "手机APP|newMedia", "今日头条|newMedia", "快手|newMedia",
    })
    void channelType_labels(String label, String token) {
        assertEquals(Optional.of(token), Vocabulary.channelType(label).map(ChannelType::token));
    }

    @Test
    void channelType_unknown_isEmptyNotGuessed() {
        assertTrue(Vocabulary.channelType("张三").isEmpty());
        assertTrue(Vocabulary.channelType("  ").isEmpty());
    }

    @Test
    void levels_labels() {
        assertEquals(EnumSet.of(Level.COUNTY), Vocabulary.levels("县级"));
        assertEquals(EnumSet.of(Level.COUNTY), Vocabulary.levels("县(区)级"));
        assertEquals(EnumSet.of(Level.TOWNSHIP, Level.VILLAGE), Vocabulary.levels("乡、村级"));
        assertEquals(EnumSet.of(Level.TOWNSHIP, Level.VILLAGE), Vocabulary.levels("镇、村级"));
        assertEquals(EnumSet.of(Level.PREFECTURAL, Level.COUNTY), Vocabulary.levels("州级县级"));
        assertEquals(EnumSet.of(Level.VILLAGE), Vocabulary.levels("村級"));
        assertEquals(EnumSet.of(Level.TOWNSHIP), Vocabulary.levels("乡镇级"));
        assertTrue(Vocabulary.levels("火星级").isEmpty());
    }

    @Test
    void audienceAndMethod_labels() {
        assertEquals(Optional.of(AudienceScope.PUBLIC), Vocabulary.audience("全 社会"));
        assertEquals(Optional.of(AudienceScope.SPECIFIC_GROUP), Vocabulary.audience("特定群众"));
        assertEquals(Optional.of(AudienceScope.PUBLIC), Vocabulary.audience("群众"));
        assertEquals(Optional.of(AudienceScope.PUBLIC), Vocabulary.audience("所有人"));
        assertEquals(Optional.of(AudienceScope.SPECIFIC_GROUP), Vocabulary.audience("特定 群体"));
        assertEquals(Optional.of(Method.PROACTIVE), Vocabulary.method("主动公开"));
        assertEquals(Optional.of(Method.ON_REQUEST), Vocabulary.method("依申 请"));
        assertEquals(Optional.of(AudienceScope.SPECIFIC_GROUP), Vocabulary.audience("部分群体"));
        assertEquals(Optional.of(Method.PROACTIVE), Vocabulary.method("主动发布"));
        assertEquals(Optional.of(Method.ON_REQUEST), Vocabulary.method("依申请提供"));
        assertEquals(Optional.of(Method.PROACTIVE), Vocabulary.method("依职权公开")); // proactive disclosure by the body's own authority
        assertTrue(Vocabulary.method("偶尔").isEmpty());
    }

    @Test
    void chineseNumerals() {
        assertEquals(20, ChineseText.parseNumeral("二十"));
        assertEquals(15, ChineseText.parseNumeral("十五"));
        assertEquals(105, ChineseText.parseNumeral("一百零五"));
        assertEquals("统一级别20个工作日", ChineseText.numeralsToDigits("统一级别二十个工作日"));
    }

    @Test
    void foldingDropsVariationSelectorsAndZeroWidthCharacters() {
        assertEquals(ChineseText.fold("✔"), ChineseText.fold("✔\uFE0F"));
        assertEquals("政府网站", ChineseText.fold("政府\u200B网站"));
        assertEquals(Optional.of(ChannelType.GOVERNMENT_WEBSITE), Vocabulary.channelType("政府\u200B网站"));
    }

    @Test
    void moreChannelWordings() {
        assertEquals(Optional.of(ChannelType.NEW_MEDIA), Vocabulary.channelType("QQ群"));
        assertEquals(Optional.of(ChannelType.NEW_MEDIA), Vocabulary.channelType("政务小程序"));
        assertEquals(Optional.of(ChannelType.BROADCAST), Vocabulary.channelType("村大喇叭"));
        assertEquals(Optional.of(ChannelType.SERVICE_CENTER), Vocabulary.channelType("办事窗口"));
        assertEquals(Optional.of(ChannelType.NOTICE_BOARD), Vocabulary.channelType("LED屏"));
        assertEquals(Optional.of(ChannelType.NOTICE_BOARD), Vocabulary.channelType("公示"));
    }
}
