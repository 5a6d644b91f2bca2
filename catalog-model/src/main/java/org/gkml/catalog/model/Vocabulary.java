package org.gkml.catalog.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gkml.catalog.model.internal.Resources;

/**
 * Normalizers from the Chinese labels of real sheets to the vocabulary tokens: channel types, levels, audience
 * scopes and methods. Tolerant of width, stray spaces, traditional characters, numbering and ■□◆口√ markers.
 * An unknown label gives an empty result, never a guess; callers report it.
 *
 * <p>The label data is the resource {@code vocabulary.tsv}. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Vocabulary {

    private static final Map<String, ChannelType> CHANNELS = new HashMap<>();
    private static final List<Map.Entry<ChannelType, String>> CHANNEL_KEYWORDS = new ArrayList<>();
    private static final Map<String, Level> LEVELS = new HashMap<>();
    private static final Map<String, AudienceScope> AUDIENCES = new HashMap<>();
    private static final Map<String, Method> METHODS = new HashMap<>();
    private static final Pattern DECORATION = Pattern.compile(
            "^(?:[■□◆◇口☑☐√✓✔●○〇\\-—*·•]+|\\(?\\d{1,2}[.、)](?!\\d)|[①-⑳])+|[、,;:。.]+$");

    static {
        for (String line : Resources.lines(Vocabulary.class, "vocabulary.tsv")) {
            String[] cols = line.split("\t");
            for (String label : cols[2].split("\\|")) {
                String key = ChineseText.fold(label);
                switch (cols[0]) {
                    case "channel": CHANNELS.putIfAbsent(key, ChannelType.fromToken(cols[1])); break;
                    case "channel~": CHANNEL_KEYWORDS.add(Map.entry(ChannelType.fromToken(cols[1]), key)); break;
                    case "level": LEVELS.putIfAbsent(key, Level.fromToken(cols[1])); break;
                    case "audience": AUDIENCES.putIfAbsent(key, AudienceScope.fromToken(cols[1])); break;
                    case "method": METHODS.putIfAbsent(key, Method.fromToken(cols[1])); break;
                    default: throw new IllegalStateException("vocabulary.tsv: unknown kind \"" + cols[0] + "\"");
                }
            }
        }
    }

    private Vocabulary() {
    }

    /** The matching key of a label: folded, with checklist markers, numbering and trailing punctuation removed. */
    public static String key(String label) {
        if (label == null) {
            return "";
        }
        String s = ChineseText.fold(label);
        if (s.isEmpty() || !mayBeDecorated(s)) {
            return s;
        }
        String prev;
        do {
            prev = s;
            s = DECORATION.matcher(s).replaceAll("");
        } while (!s.equals(prev));
        return s;
    }

    /** Whether {@link #DECORATION} can match: a marker, number or bracket first, or punctuation last. */
    private static boolean mayBeDecorated(String s) {
        char f = s.charAt(0);
        char l = s.charAt(s.length() - 1);
        return "■□◆◇口☑☐√✓✔●○〇-—*·•(".indexOf(f) >= 0 || f >= '0' && f <= '9' || f >= '①' && f <= '⑳'
                || "、,;:。.".indexOf(l) >= 0;
    }

    /**
     * The channel type a label names: an exact template label or variant first (政府网站, 两微一端, 公示栏 …),
     * then keywords (…平台 → onlinePlatform, …网站 → governmentWebsite). Empty for an unknown label.
     */
    public static Optional<ChannelType> channelType(String label) {
        String k = key(label);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        ChannelType t = CHANNELS.get(k);
        if (t != null) {
            return Optional.of(t);
        }
        if (k.startsWith("其他") || k.startsWith("其它")) {
            return Optional.of(ChannelType.OTHER);
        }
        for (Map.Entry<ChannelType, String> e : CHANNEL_KEYWORDS) {
            if (k.contains(e.getValue())) {
                return Optional.of(e.getKey());
            }
        }
        // 中国政府采购网, 全国公共资源交易网(…): a named web platform; 东阿县人民政府网: the government's website
        String core = k.replaceFirst("[(（][^()（）]*[)）]$", "");
        if (core.length() >= 3 && core.endsWith("网")) {
            return Optional.of(core.endsWith("政府网") ? ChannelType.GOVERNMENT_WEBSITE : ChannelType.ONLINE_PLATFORM);
        }
        return Optional.empty();
    }

    /** Whether a label is one of the template labels or known variants exactly (not a keyword match). */
    public static boolean isChannelLabel(String label) {
        return CHANNELS.containsKey(key(label));
    }

    /**
     * The levels a label names: 县级 → [county]; 乡、村级 → [township, village]; 州级县级 → [prefectural, county].
     * Empty when any part is unknown.
     */
    public static Set<Level> levels(String label) {
        String k = key(label);
        EnumSet<Level> out = EnumSet.noneOf(Level.class);
        if (k.isEmpty()) {
            return out;
        }
        Level l = LEVELS.get(k);
        if (l != null) {
            out.add(l);
            return out;
        }
        // split on separators; a part without 级 borrows the suffix of the label (乡、村级 → 乡级, 村级)
        String[] parts = k.split("[、,/和与及]|(?<=级)(?=.)");
        boolean suffix = k.endsWith("级");
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            Level one = LEVELS.get(p);
            if (one == null && suffix && !p.endsWith("级")) {
                one = LEVELS.get(p + "级");
            }
            if (one == null) {
                return EnumSet.noneOf(Level.class);
            }
            out.add(one);
        }
        return out;
    }

    /** The audience scope a label names (全社会 → public, 特定群体/特定群众/特定对象 → specificGroup). */
    public static Optional<AudienceScope> audience(String label) {
        String k = key(label);
        AudienceScope s = AUDIENCES.get(k);
        if (s == null && k.endsWith("公开")) {
            s = AUDIENCES.get(k.substring(0, k.length() - 2));
        }
        return Optional.ofNullable(s);
    }

    /** The method a label names (主动/主动公开 → proactive, 依申请/依申请公开 → onRequest). */
    public static Optional<Method> method(String label) {
        return Optional.ofNullable(METHODS.get(key(label)));
    }
}
