package org.gkml.catalog.io.sheet;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a column of a legacy sheet holds. The roles a header can name (and a mapping profile can give a header or a
 * column) have a stable token, as {@code headers.tsv} and mapping files write it; the tick roles are given by the
 * layout to the sub-columns of a tick grid, and {@link #UNKNOWN} to a column no header explains.
 *
 * @since 0.2
 */
public enum ColumnRole {
    /** 序号. */
    SEQ("seq", "序号"),
    /** 事项编码. */
    CODE("code", "事项编码"),
    /** 公开事项 (the item's name, or its category path over several columns). */
    ITEM("item", "公开事项"),
    /** 事项类别: the item's top category. */
    ITEM_TYPE("itemType", "事项类别"),
    /** 一级事项 … 六级事项: one level of the item's category path. */
    ITEM_LEVEL_1("itemLevel1", "一级事项"), ITEM_LEVEL_2("itemLevel2", "二级事项"), ITEM_LEVEL_3("itemLevel3", "三级事项"),
    ITEM_LEVEL_4("itemLevel4", "四级事项"), ITEM_LEVEL_5("itemLevel5", "五级事项"), ITEM_LEVEL_6("itemLevel6", "六级事项"),
    /** 公开内容. */
    CONTENT("content", "公开内容"),
    /** 公开依据. */
    BASIS("basis", "公开依据"),
    /** 公开时限. */
    DEADLINE("deadline", "公开时限"),
    /** 公开时长. */
    DURATION("duration", "公开时长"),
    /** 公开主体. */
    SUBJECT("subject", "公开主体"),
    /** 公开渠道 written as text or a ■/□ checklist. */
    CHANNEL("channel", "公开渠道"),
    /** 公开对象 written as text. */
    AUDIENCE("audience", "公开对象"),
    /** 公开方式 written as text. */
    METHOD("method", "公开方式"),
    /** 是否主动公开: 是/否. */
    METHOD_FLAG("methodFlag", "是否主动公开"),
    /** 公开层级 written as text. */
    LEVEL("level", "公开层级"),
    /** 责任单位 (责任科室). */
    RESPONSIBILITY("responsibility", "责任单位"),
    /** 责任人. */
    PERSON("person", "责任人"),
    /** 联系电话. */
    CONTACT("contact", "联系电话"),
    /** A column to drop (mapping profiles only). */
    IGNORE("ignore", "忽略"),
    /** One scope of a 公开对象 tick grid. */
    AUDIENCE_TICK("audienceTick", "公开对象"),
    /** One method of a 公开方式 tick grid. */
    METHOD_TICK("methodTick", "公开方式"),
    /** One level of a 公开层级 tick grid. */
    LEVEL_TICK("levelTick", "公开层级"),
    /** One channel of a 公开渠道 tick grid. */
    CHANNEL_TICK("channelTick", "公开渠道"),
    /** A column no header explains: its cells go to the entry's extensions. */
    UNKNOWN("unknown", "未知列");

    private final String token;
    private final String label;

    ColumnRole(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** The element's name as the standard template heads its column ({@code 公开时限}). */
    public String label() {
        return label;
    }

    /** The stable token ({@code itemLevel2}), as header synonym files and mapping profiles write it. */
    public String token() {
        return token;
    }

    /** Whether the role is one a header or a mapping profile can name (not a tick or {@link #UNKNOWN}). */
    public boolean mappable() {
        return !isTick() && this != UNKNOWN;
    }

    /** Whether the role is one of the item columns: 公开事项, 事项类别, or a level of them. */
    public boolean isItem() {
        return this == ITEM || this == ITEM_TYPE || isItemLevel();
    }

    /** Whether the role is a numbered item level (一级事项 …). */
    public boolean isItemLevel() {
        return compareTo(ITEM_LEVEL_1) >= 0 && compareTo(ITEM_LEVEL_6) <= 0;
    }

    /** Whether the role is a sub-column of a tick grid. */
    public boolean isTick() {
        return this == AUDIENCE_TICK || this == METHOD_TICK || this == LEVEL_TICK || this == CHANNEL_TICK;
    }

    /** The tokens a header or a mapping profile can name. */
    static final Set<String> MAPPABLE_TOKENS = Arrays.stream(values()).filter(ColumnRole::mappable).map(ColumnRole::token)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The role of a token.
     *
     * @throws IllegalArgumentException naming the token when no role has it
     */
    public static ColumnRole of(String token) {
        for (ColumnRole r : values()) {
            if (r.token.equals(token)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown column role \"" + token + "\"; expected one of "
                + new java.util.TreeSet<>(MAPPABLE_TOKENS));
    }

    @Override
    public String toString() {
        return token;
    }
}
