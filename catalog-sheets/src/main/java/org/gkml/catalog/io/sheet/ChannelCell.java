package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Vocabulary;

/**
 * Reads a 公开渠道和载体 cell: a ■/□ checklist (glued or spaced, ■ chosen, □ not), a numbered list, or labels
 * joined by 、 , ; and spaces. Unknown labels are returned, never guessed.
 */
final class ChannelCell {

    /**
     * What a cell gives.
     *
     * @param channels the channels read
     * @param unknown the labels that name no channel
     * @param method the method named before the channels (主动公开：政府网站, as a 公开方式和渠道 column has it), as
     *     written, or null
     */
    record Result(List<Channel> channels, List<String> unknown, String method) {
        Result(List<Channel> channels, List<String> unknown) {
            this(channels, unknown, null);
        }
    }

    /** A method named first, then a separator, a bracket or nothing: 主动公开：, 依申请公开（, 依申请公开. */
    private static final Pattern METHOD_FIRST = Pattern.compile("^(依申请公开|主动公开|依申请|主动)\\s*(?:$|[:：,，、;；/／]+\\s*|\\s+|([(（]))");

    private static final String CHOSEN = "■◆☑▣✔√✓✅";
    private static final String NOT_CHOSEN = "□◇☐▢✗✘";
    private static final Pattern NOTE = Pattern.compile("(注|备注|说明)\\s*[:：].*$", Pattern.DOTALL);
    private static final Pattern NUMBERING = Pattern.compile("(?:^|(?<=[\\s;；,，、]))\\d{1,2}[.、．](?!\\d)|[①-⑳]");

    private static final Pattern NAMED = Pattern.compile("^(.+)[(（]([^()（）]+)[)）]$");
    private static final Pattern URL = Pattern.compile("^(https?://|www\\.)|\\.(gov\\.cn|cn|com|net|org)(/|$)");

    /** 政府网站(东阿县人民政府网站), 政府网站（www.donge.gov.cn）: a template label with the channel's name or address. */
    private static Optional<Channel> named(String label) {
        if (Vocabulary.isChannelLabel(label)) {
            return Optional.empty(); // a label that has brackets of its own: 社区/企事业单位/村公示栏(电子屏)
        }
        Matcher m = NAMED.matcher(CellText.clean(label));
        if (!m.matches() || !Vocabulary.isChannelLabel(m.group(1))) {
            return Optional.empty();
        }
        ChannelType type = Vocabulary.channelType(m.group(1)).orElse(null);
        if (type == null || type == ChannelType.OTHER || type == ChannelType.ONLINE_PLATFORM) {
            return Optional.empty();
        }
        String inner = m.group(2).strip();
        return Optional.of(URL.matcher(inner).find() ? new Channel(type, null, inner) : new Channel(type, CellText.clean(inner), null));
    }

    private ChannelCell() {
    }

    static Result parse(String text) {
        return parse(text, null);
    }

    /** The labels read so far by one parser, at most {@link #MEMO_LABELS} of them. */
    static final int MEMO_LABELS = 10_000;

    /**
     * A parser for the cells of one sheet: what {@link #parse(String)} gives, remembering each checklist item it has
     * read (a sheet's checklists tick the same items in many combinations). Not thread-safe.
     */
    static java.util.function.Function<String, Result> parser() {
        java.util.Map<String, Result> labels = new java.util.HashMap<>();
        return text -> parse(text, labels);
    }

    private static Result parse(String text, java.util.Map<String, Result> memo) {
        String t = text.indexOf('注') < 0 && text.indexOf('说') < 0 ? text.strip() : NOTE.matcher(text).replaceFirst("").strip();
        Matcher lead = t.isEmpty() || t.charAt(0) != '主' && t.charAt(0) != '依' ? null : METHOD_FIRST.matcher(t);
        if (lead != null && lead.lookingAt()) { // 主动公开：政府网站、公示栏 | 依申请公开 | 主动公开（政府网站）; not 主动推送
            String rest = t.substring(lead.end()).strip();
            if (lead.group(2) != null && !rest.isEmpty() && ")）".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            Result channels = rest.isEmpty() ? new Result(List.of(), List.of()) : parse(rest, memo);
            return new Result(channels.channels(), channels.unknown(), lead.group(1));
        }
        Set<Channel> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        if (containsAny(t, MARKS)) {
            if (!t.isEmpty() && MARKS.indexOf(t.charAt(0)) < 0 && MARKS.indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = POSTFIX.matcher(t).replaceAll("$2$1 "); // 政府网站■ 两微一端□: each mark after its label
            }
            checklist(t, out, unknown, memo);
        } else {
            plain(t, out, unknown);
        }
        return new Result(List.copyOf(out), unknown);
    }

    /** Every checklist mark, chosen or not. */
    private static final String MARKS = CHOSEN + NOT_CHOSEN;
    private static final char LOWEST_MARK = (char) MARKS.chars().min().orElseThrow();
    private static final char HIGHEST_MARK = (char) MARKS.chars().max().orElseThrow();
    private static final Pattern POSTFIX = Pattern.compile("([^\\s" + MARKS + "]+)\\s*([" + MARKS + "])");

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMarker(String t, int i) {
        char c = t.charAt(i);
        if ((c < LOWEST_MARK || c > HIGHEST_MARK) && c != '口') {
            return false; // most characters, answered by two comparisons
        }
        if (CHOSEN.indexOf(c) >= 0 || NOT_CHOSEN.indexOf(c) >= 0) {
            return true;
        }
        // 口 is a common character (窗口, 入口); it is a box at the start, after white space, or glued before a
        // template label (■政府网站口政府公报)
        if (c != '口' || i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1))) {
            return false;
        }
        if (i == 0 || Character.isWhitespace(t.charAt(i - 1))) {
            return true;
        }
        for (String label : SheetExporter.TEMPLATE.values()) {
            if (t.startsWith(label.substring(0, Math.min(4, label.length())), i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static void checklist(String t, Set<Channel> out, List<String> unknown, java.util.Map<String, Result> memo) {
        int n = t.length();
        int i = 0;
        while (i < n && !isMarker(t, i)) {
            i++;
        }
        if (i > 0 && !t.substring(0, i).isBlank()) {
            plain(t.substring(0, i), out, unknown);
        }
        while (i < n) {
            boolean chosen = CHOSEN.indexOf(t.charAt(i++)) >= 0;
            int start = i;
            while (i < n && !isMarker(t, i)) {
                i++;
            }
            if (chosen) {
                String label = CellText.stripTrailing(t, start, i, "、,，;；。");
                if (!label.isEmpty()) {
                    remembered(memo, label, out, unknown);
                }
            }
        }
    }

    /** A checklist item's label read, or taken from what the parser remembers of it. */
    private static void remembered(java.util.Map<String, Result> memo, String label, Set<Channel> out, List<String> unknown) {
        if (memo == null) {
            label(label, out, unknown, true);
            return;
        }
        Result r = memo.get(label);
        if (r == null) {
            Set<Channel> channels = new LinkedHashSet<>();
            List<String> unread = new ArrayList<>();
            label(label, channels, unread, true); // adds to nothing else and reads nothing but the label
            r = new Result(List.copyOf(channels), List.copyOf(unread));
            if (memo.size() < MEMO_LABELS) {
                memo.put(label, r);
            }
        }
        out.addAll(r.channels());
        unknown.addAll(r.unknown());
    }

    private static void plain(String t, Set<Channel> out, List<String> unknown) {
        String s = NUMBERING.matcher(t).replaceAll("、");
        for (String piece : CellText.splitOutside(s, "、,，;；")) {
            // one channel per line, unless a line break cut a label in two (门户\n网站)
            for (String line : rejoined(piece.split("\n"))) {
                label(line, out, unknown, true);
            }
        }
    }

    /**
     * Parts of a label list cut at line breaks or spaces, with neighbours joined again where a part is no channel
     * label of its own but the two together are one (门户 + 网站, 村务公开 + 栏).
     */
    static List<String> rejoined(String[] parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            while (i + 1 < parts.length && !Vocabulary.isChannelLabel(p)
                    && Vocabulary.isChannelLabel(p + parts[i + 1].strip())) {
                p = p + parts[++i].strip();
            }
            out.add(p);
        }
        return out;
    }

    private static final Pattern LABEL_EDGES = Pattern.compile("^[、,，;；:：]+|[、,，;；。:：]+$");
    private static final Pattern OTHER_NAME = Pattern.compile("^(?:其他|其它)?[:：(（]*|[)）]+$");

    private static void label(String raw, Set<Channel> out, List<String> unknown, boolean trySpaces) {
        String label = LABEL_EDGES.matcher(CellText.clean(raw)).replaceAll("").strip();
        if (label.isEmpty()) {
            return;
        }
        String key = Vocabulary.key(label);
        String[] spaced = raw.strip().split("\\s+"); // before cleaning, which joins CJK text across spaces
        boolean list = trySpaces && spaced.length > 1 && !Vocabulary.isChannelLabel(label)
                && !key.startsWith("其他") && !key.startsWith("其它");
        if (list) { // 政府网站 政务服务中心: labels separated by spaces, each a channel
            List<Channel> parts = new ArrayList<>();
            for (String p : rejoined(spaced)) {
                Optional<Channel> pc = channel(p);
                if (pc.isEmpty()) {
                    parts = null;
                    break;
                }
                Channel ch = pc.get();
                int last = parts.size() - 1;
                if (ch.name() == null && ch.url() != null && last >= 0 && parts.get(last).url() == null
                        && ADDRESSED.matcher(p).matches() && ADDRESSED.matcher(p).replaceFirst("$1").isBlank()) {
                    Channel named = parts.get(last); // 东阿县人民政府网 www.donge.gov.cn: the address of the one before
                    parts.set(last, new Channel(named.type(), named.name(), ch.url()));
                    continue;
                }
                parts.add(ch);
            }
            if (parts != null) {
                out.addAll(parts);
                return;
            }
        }
        if (!Vocabulary.isChannelLabel(label)) { // 政府网站/公示栏, 政府网站和公示栏: labels joined, each a channel
            List<String> joined = CellText.splitOutside(label, "/／和及与");
            List<Channel> each = joined.size() < 2 ? List.of() : joined.stream().map(p -> channel(p.strip()).orElse(null)).toList();
            if (!each.isEmpty() && each.stream().allMatch(java.util.Objects::nonNull) && (joined.stream().allMatch(
                    p -> Vocabulary.isChannelLabel(p.strip())) || each.stream().map(Channel::type).distinct().count() > 1)) {
                out.addAll(each); // every part a template label, or parts of different types (县政府网站和微信公众号)
                return;
            }
        }
        Optional<Channel> c = channel(label);
        if (c.isPresent()) {
            out.add(c.get());
            return;
        }
        unknown.add(label);
    }

    private static final Pattern ADDRESSED = Pattern.compile(
            "^(.*?)[\\s:：(（]*((?:https?://|www\\.)[^\\s()（）]+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:gov\\.cn|com\\.cn|cn|com|net|org)(?:/[^\\s()（）]*)?)[)）]?$");

    /** A web address alone (a government site, else a platform), or after a channel's name: 名称（网址）, 名称：网址. */
    private static Optional<Channel> addressed(String label) {
        Matcher m = ADDRESSED.matcher(CellText.clean(label));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String url = m.group(2);
        ChannelType byAddress = url.contains("gov.cn") ? ChannelType.GOVERNMENT_WEBSITE : ChannelType.ONLINE_PLATFORM;
        ChannelType type = name.isEmpty() ? byAddress : Vocabulary.channelType(name).orElse(byAddress);
        if (type == ChannelType.OTHER) {
            type = byAddress;
        }
        String n = name.isEmpty() || Vocabulary.isChannelLabel(name) ? null : name;
        if (n == null && type == ChannelType.ONLINE_PLATFORM) {
            n = url; // a platform is known by its name; the address is the only one given
        }
        return Optional.of(new Channel(type, n, url));
    }

    static Optional<Channel> channel(String label) {
        Optional<Channel> named = named(label);
        if (named.isPresent()) {
            return named;
        }
        Optional<Channel> addressed = addressed(label);
        if (addressed.isPresent()) {
            return addressed;
        }
        Optional<ChannelType> t = Vocabulary.channelType(label);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        ChannelType type = t.get();
        String key = Vocabulary.key(label);
        // names keep the sheet's own characters (full-width brackets, traditional forms); only layout is cleaned
        String text = CellText.clean(label);
        if (type == ChannelType.OTHER) {
            String name = OTHER_NAME.matcher(text).replaceAll("").strip();
            return Optional.of(new Channel(type, name.isEmpty() ? null : name, null));
        }
        if (type == ChannelType.ONLINE_PLATFORM || !Vocabulary.isChannelLabel(label)) {
            return Optional.of(new Channel(type, text.isEmpty() ? key : text, null));
        }
        return Optional.of(Channel.of(type));
    }
}
