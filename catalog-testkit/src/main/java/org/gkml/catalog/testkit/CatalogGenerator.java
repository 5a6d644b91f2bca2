package org.gkml.catalog.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.CatalogStatus;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.CreditCode;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.EntryStatus;
import org.gkml.catalog.model.Extensions;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;
import org.gkml.catalog.model.Recurrence;
import org.gkml.catalog.model.Region;
import org.gkml.catalog.model.Responsibility;
import org.gkml.catalog.model.TimeUnit;
import org.gkml.catalog.model.Trigger;

/**
 * Generates random valid catalogs from a seed: every deadline, duration and channel kind, Unicode text
 * (including characters that need escaping), empty lists and extensions. Not thread-safe; one per thread.
 *
 * @since 0.1
 */
public final class CatalogGenerator {

    private static final String[] DEPTS = {"县民政局", "县教育和体育局", "县财政局", "县应急管理局", "县生态环境分局",
        "县住房和城乡建设局", "县人力资源和社会保障局", "县农业农村局", "县司法局", "县文化和旅游局", "镇人民政府", "街道办事处"};
    private static final String[] CATEGORIES = {"政策文件", "办事服务", "监督管理", "财政资金", "救助对象", "行政许可",
        "行政处罚", "项目信息", "机构信息", "规划计划", "公共服务", "人事信息"};
    private static final String[] NAMES = {"政策解读", "办事指南", "申请条件", "审批结果", "补贴标准", "救助对象名单",
        "资金分配结果", "监督检查情况", "年度工作报告", "应急预案", "招生范围", "预算公开", "决算公开", "项目批复",
        "投诉举报渠道", "收费标准", "服务网点", "人员名单公示", "\"引号\"与\\反斜杠", "换行\n内容", "emoji 😀 名称"};
    private static final String[] LAWS = {"中华人民共和国政府信息公开条例", "社会救助暂行办法", "中华人民共和国预算法",
        "中华人民共和国安全生产法", "中华人民共和国义务教育法", "最低生活保障审核确认办法"};
    private static final String[] EVENTS = {"项目竣工验收", "会议召开", "工程招标", "名单公示结束", "资金拨付"};
    private static final String[] WHENS = {"处罚决定", "除处罚决定外其他内容", "集体财务往来较多的", "涉及重大事项"};
    private static final String[] UNPARSED = {"视情况而定", "按上级要求", "另行通知", "根据工作进度"};

    private final Random random;
    private final long seed;

    /** A generator for a seed. */
    public CatalogGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The seed, for failure messages. */
    public long seed() {
        return seed;
    }

    /** The underlying random source (for tests that draw further choices from the same seed). */
    public Random random() {
        return random;
    }

    private <T> T pick(T[] a) {
        return a[random.nextInt(a.length)];
    }

    private <T> T pick(List<T> a) {
        return a.get(random.nextInt(a.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A catalog with {@code n} entries. */
    public Catalog catalog(int n) {
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(entry(i));
        }
        return header().toBuilder().entries(entries).build();
    }

    /** The catalog-level fields of a random catalog, without entries. */
    public Catalog header() {
        String dept = pick(DEPTS);
        return Catalog.builder()
                .id("371524-" + Integer.toHexString(random.nextInt(0xffff)) + "-2025")
                .title("东阿" + dept + "主动公开事项目录")
                .publisher(new Organization("东阿" + dept, chance(50) ? creditCode() : null, chance(50) ? "371524" : null))
                .region(chance(70) ? new Region("371524", "东阿县") : null)
                .version(chance(60) ? "2025版" : null)
                .issued(chance(60) ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)) : null)
                .status(chance(30) ? CatalogStatus.ACTIVE : null)
                .domain(chance(50) ? "社会救助" : null)
                .extensions(chance(20) ? extensions() : Extensions.EMPTY)
                .build();
    }

    /** A valid credit code with a correct check character. */
    public String creditCode() {
        StringBuilder b = new StringBuilder("11371524");
        for (int i = 0; i < 9; i++) {
            b.append(CreditCode.ALPHABET.charAt(random.nextInt(10 + (i == 8 ? 0 : 21))));
        }
        String first = b.toString();
        return first + CreditCode.checkCharacter(first);
    }

    /** The {@code i}-th entry of a catalog (codes are unique per index). */
    public Entry entry(int i) {
        int depth = random.nextInt(4);
        List<String> category = new ArrayList<>();
        for (int d = 0; d < depth; d++) {
            category.add(pick(CATEGORIES));
        }
        Method method = chance(85) ? Method.PROACTIVE : Method.ON_REQUEST;
        List<Channel> channels = new ArrayList<>();
        int nch = method == Method.PROACTIVE ? 1 + random.nextInt(4) : random.nextInt(2);
        EnumSet<ChannelType> used = EnumSet.noneOf(ChannelType.class);
        for (int c = 0; c < nch; c++) {
            ChannelType t = pick(ChannelType.values());
            if (!used.add(t)) {
                continue;
            }
            boolean named = t == ChannelType.OTHER || t == ChannelType.ONLINE_PLATFORM || chance(20);
            channels.add(new Channel(t, named ? (t == ChannelType.ONLINE_PLATFORM ? "信用中国" : "东阿县" + t.token()) : null,
                    chance(10) ? "http://www.dongeqx.gov.cn/col" + random.nextInt(100) : null));
        }
        List<Level> levels = new ArrayList<>();
        for (Level l : Level.values()) {
            if (chance(25)) {
                levels.add(l);
            }
        }
        List<LegalReference> basis = new ArrayList<>();
        int nb = random.nextInt(3);
        for (int b = 0; b < nb; b++) {
            String law = pick(LAWS);
            basis.add(new LegalReference(law, chance(30) ? "国务院令第711号" : null, chance(50) ? "第二十条" : null,
                    chance(50) ? "《" + law + "》" : null));
        }
        List<String> elements = new ArrayList<>();
        int ne = random.nextInt(4);
        for (int k = 0; k < ne; k++) {
            elements.add(pick(NAMES));
        }
        return Entry.builder()
                .code(String.format("E%06d", i))
                .category(category)
                .name(pick(NAMES) + "（" + i + "）")
                .content(new Content(chance(90) || elements.isEmpty() ? "公开" + pick(NAMES) + "的具体内容" : null, elements))
                .basis(basis)
                .deadline(deadline())
                .duration(chance(40) ? duration() : null)
                .subjects(List.of(Organization.named("东阿" + pick(DEPTS))))
                .method(method)
                .audience(new Audience(chance(80) ? AudienceScope.PUBLIC : AudienceScope.SPECIFIC_GROUP,
                        chance(20) ? "低保对象" : null))
                .channels(channels)
                .levels(levels)
                .responsibility(chance(50) ? new Responsibility("办公室", chance(50) ? "张三" : null,
                        chance(50) ? "0635-" + (3000000 + random.nextInt(999999)) : null) : null)
                .status(chance(10) ? pick(EntryStatus.values()) : null)
                .extensions(chance(10) ? extensions() : Extensions.EMPTY)
                .build();
    }

    /** Random extensions: nested objects, arrays, numbers (integral and decimal), booleans, null. */
    public Extensions extensions() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fiveDisclosures", pick(new String[] {"决策", "执行", "管理", "服务", "结果"}));
        m.put("column", "http://example.gov.cn/" + random.nextInt(1000));
        if (chance(50)) {
            m.put("weight", new BigDecimal(random.nextInt(1000) + "." + random.nextInt(100)));
            m.put("flags", List.of(Boolean.TRUE, Extensions.NULL, BigDecimal.valueOf(random.nextInt(50))));
            m.put("nested", Map.of("k", "值"));
        }
        return new Extensions(m);
    }

    /** A random deadline of any structured kind, with canonical wording as text (as parsing it would give). */
    public Deadline deadline() {
        Deadline d = bareDeadline();
        if (chance(15) && !(d instanceof Deadline.Unparsed)) {
            Deadline c = bareDeadline();
            while (c instanceof Deadline.Unparsed) {
                c = bareDeadline();
            }
            d = d.withConditions(List.of(new Deadline.Condition(pick(WHENS), c.withText(c.toText()))));
        }
        return d.withText(d.toText());
    }

    private Deadline bareDeadline() {
        switch (random.nextInt(7)) {
            case 0:
            case 1: {
                Trigger t = pick(Trigger.values());
                TimeUnit u = chance(70) ? TimeUnit.WORKING_DAY : pick(TimeUnit.values());
                // valid catalogs keep Art. 26: at most 20 working days after information is formed
                int max = t == Trigger.FORMED_OR_CHANGED && u == TimeUnit.WORKING_DAY ? 20 : 30;
                return new Deadline.Within(t, t == Trigger.EVENT ? pick(EVENTS) : null, 1 + random.nextInt(max), u, null, List.of());
            }
            case 2: {
                if (chance(8)) { // a one-off date naming its year: 2025年12月31日前
                    boolean end = chance(30);
                    return new Deadline.ByDate(null, 1 + random.nextInt(12), end ? null : 1 + random.nextInt(28), end, null, List.of(),
                            2020 + random.nextInt(10));
                }
                if (chance(60)) {
                    boolean end = chance(30);
                    return new Deadline.ByDate(Recurrence.YEARLY, 1 + random.nextInt(12), end ? null : 1 + random.nextInt(28), end, null, List.of());
                }
                boolean end = chance(30);
                return new Deadline.ByDate(Recurrence.MONTHLY, null, end ? null : 1 + random.nextInt(28), end, null, List.of());
            }
            case 3: {
                Recurrence r = pick(Recurrence.values());
                if (chance(40)) {
                    return new Deadline.Periodic(r, 1 + random.nextInt(30), chance(50) ? TimeUnit.WORKING_DAY : TimeUnit.CALENDAR_DAY, null, List.of());
                }
                return Deadline.Periodic.of(r);
            }
            case 4: return new Deadline.Immediate(null, List.of());
            case 5: return new Deadline.Prompt(null, List.of());
            default: return new Deadline.Unparsed(pick(UNPARSED), List.of());
        }
    }

    /** A random duration of any kind, with canonical wording as text. */
    public Duration duration() {
        Duration d;
        switch (random.nextInt(5)) {
            case 0: d = new Duration.Permanent(null); break;
            case 1: d = new Duration.LatestValid(null); break;
            case 2: d = new Duration.Tenure(null); break;
            case 3: d = new Duration.Fixed(1 + random.nextInt(30), pick(new TimeUnit[] {TimeUnit.WORKING_DAY, TimeUnit.CALENDAR_DAY, TimeUnit.MONTH, TimeUnit.YEAR}), null); break;
            default: d = new Duration.Unparsed("看情况"); break;
        }
        return d.withText(d.toText());
    }
}
