package org.gkml.catalog.io.sheet;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gkml.catalog.io.CatalogFormatException;
import org.gkml.catalog.io.Location;
import org.gkml.catalog.model.ChineseText;

/**
 * How header texts map to elements: the built-in dictionary (resource {@code headers.tsv}, covering the
 * national template and the variants met in real sheets) plus a user's overrides read from JSON:
 *
 * <pre>{@code
 * { "headers": { "信息公开责任股室": "responsibility", "发布载体": "channel" },
 *   "columns": { "K": "ignore" } }
 * }</pre>
 *
 * {@code headers} maps a header text (compared after folding width, spaces and traditional characters) to a
 * role; {@code columns} forces the role of a column by letter. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingProfile {

    /** The role tokens a header or a column can be given ({@link ColumnRole#token()} of the mappable roles). */
    public static final Set<String> ROLES = ColumnRole.MAPPABLE_TOKENS;

    private static final MappingProfile BUILT_IN = new MappingProfile(loadBuiltIn(), Map.of(), Map.of());
    private static final Pattern LEGEND = Pattern.compile("\\([^()]*(表示|必选|可选|■|□|●|〇)[^()]*\\)|“[■□●〇]”表示[^,]*");

    private final List<Map.Entry<ColumnRole, Pattern>> patterns;
    private final Map<String, ColumnRole> headers;
    private final Map<String, ColumnRole> columns;

    private MappingProfile(List<Map.Entry<ColumnRole, Pattern>> patterns, Map<String, ColumnRole> headers, Map<String, ColumnRole> columns) {
        this.patterns = List.copyOf(patterns);
        this.headers = Map.copyOf(headers);
        this.columns = Map.copyOf(columns);
    }

    /** The built-in profile. */
    public static MappingProfile builtIn() {
        return BUILT_IN;
    }

    private static List<Map.Entry<ColumnRole, Pattern>> loadBuiltIn() {
        List<Map.Entry<ColumnRole, Pattern>> out = new ArrayList<>();
        for (String line : org.gkml.catalog.model.internal.Resources.lines(MappingProfile.class, "headers.tsv")) {
            String[] cols = line.split("\t");
            out.add(Map.entry(ColumnRole.of(cols[0]), Pattern.compile(cols[1])));
        }
        return out;
    }

    /**
     * The built-in profile with the overrides of a JSON mapping file.
     *
     * @throws CatalogFormatException naming the file and JSON Pointer of a bad value
     */
    public static MappingProfile read(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonObject o;
        try (JsonReader r = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new CatalogFormatException(Location.pointer(name, ""), "expected a JSON object with \"headers\" and/or \"columns\"");
            }
            o = v.asJsonObject();
        } catch (JsonException e) {
            throw new CatalogFormatException(Location.at(name, 0, 0), "not valid JSON: " + e.getMessage(), e);
        }
        Map<String, ColumnRole> headers = new LinkedHashMap<>();
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        for (String k : o.keySet()) {
            if (!k.equals("headers") && !k.equals("columns")) {
                throw new CatalogFormatException(Location.pointer(name, "/" + k), "unknown key \"" + k + "\"; expected \"headers\" or \"columns\"");
            }
            JsonValue v = o.get(k);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new CatalogFormatException(Location.pointer(name, "/" + k), "expected an object of text → role");
            }
            for (Map.Entry<String, JsonValue> m : v.asJsonObject().entrySet()) {
                String p = "/" + k + "/" + m.getKey();
                if (m.getValue().getValueType() != JsonValue.ValueType.STRING) {
                    throw new CatalogFormatException(Location.pointer(name, p), "expected a role name string");
                }
                String token = ((jakarta.json.JsonString) m.getValue()).getString();
                if (!ROLES.contains(token)) {
                    throw new CatalogFormatException(Location.pointer(name, p), "unknown role \"" + token + "\"; expected one of " + new java.util.TreeSet<>(ROLES));
                }
                ColumnRole role = ColumnRole.of(token);
                if (k.equals("columns")) {
                    if (!m.getKey().matches("[A-Z]{1,3}")) {
                        throw new CatalogFormatException(Location.pointer(name, p), "expected a column letter such as \"H\", found \"" + m.getKey() + "\"");
                    }
                    columns.put(m.getKey(), role);
                } else {
                    headers.put(key(m.getKey()), role);
                }
            }
        }
        return new MappingProfile(BUILT_IN.patterns, headers, columns);
    }

    private static final Pattern TICK_LEGEND = Pattern.compile("\\((?:请)?(?:打|划|画)?[√✓✔☑■●](?:号|选)?\\)$|\\((?:请)?勾选\\)$");

    /** A header text folded for matching, with legends such as (“■”表示必选项) removed. */
    static String key(String header) {
        String f = ChineseText.fold(header);
        f = LEGEND.matcher(f).replaceAll("");
        f = TICK_LEGEND.matcher(f).replaceAll(""); // 全社会(√), 主动(打√), 县级(勾选): how to fill the column
        // marks around a header: *公开事项 (required), 【公开渠道】, 公开依据：; a column number: 1.公开事项, (2)公开内容
        return f.replaceAll("^[*※★☆【\\[]+|[:：*※★☆】\\]]+$|^(?:\\d{1,2}[.、．](?!\\d)|\\(\\d{1,2}\\))(?=\\D)", "");
    }

    /** The role of a header text, or {@code null} when the profile does not know it. */
    ColumnRole role(String header) {
        String k = key(header);
        if (k.isEmpty()) {
            return null;
        }
        ColumnRole r = headers.get(k);
        if (r != null) {
            return r;
        }
        for (Map.Entry<ColumnRole, Pattern> e : patterns) {
            if (e.getValue().matcher(k).find()) {
                return e.getKey();
            }
        }
        // 信息公开渠道, 政府信息公开时限, 政务公开主体: the template header behind a prefix
        Matcher m = PREFIXED.matcher(k);
        if (m.find() && m.end() < k.length()) {
            ColumnRole bare = role("公开" + k.substring(m.end()));
            if (bare != null) {
                return bare;
            }
        }
        // 事项名称(二级), 公开主体(填写单位全称): a remark in brackets after a header
        Matcher q = QUALIFIED.matcher(k);
        if (q.matches()) {
            ColumnRole bare = role(q.group(1));
            if (bare != null) {
                return bare;
            }
        }
        return nearRole(header);
    }

    private static final Pattern PREFIXED = Pattern.compile("^(?:政府信息|政务信息|信息|政务)公开");
    private static final Pattern QUALIFIED = Pattern.compile("^(.{2,}?)[(（][^()（）]*[)）]$");

    /**
     * The common headers of the national template, for headers that match nothing else: a header that differs from
     * one of these by a single character (a typo such as 公开内客, OCR debris such as 公开时很) takes its role, when
     * exactly one role is that close. Four characters at least, optionally followed by a bracketed remark.
     */
    private static final Map<String, ColumnRole> CANONICAL = Map.ofEntries(
            Map.entry("公开事项", ColumnRole.ITEM), Map.entry("事项名称", ColumnRole.ITEM), Map.entry("公开内容", ColumnRole.CONTENT),
            Map.entry("公开依据", ColumnRole.BASIS), Map.entry("公开时限", ColumnRole.DEADLINE), Map.entry("公开时长", ColumnRole.DURATION),
            Map.entry("公开主体", ColumnRole.SUBJECT), Map.entry("公开渠道", ColumnRole.CHANNEL), Map.entry("公开载体", ColumnRole.CHANNEL),
            Map.entry("公开对象", ColumnRole.AUDIENCE), Map.entry("公开方式", ColumnRole.METHOD), Map.entry("公开层级", ColumnRole.LEVEL),
            Map.entry("责任单位", ColumnRole.RESPONSIBILITY), Map.entry("责任科室", ColumnRole.RESPONSIBILITY), Map.entry("事项编码", ColumnRole.CODE));

    /**
     * Headers of the template and its common variants, for damaged headers only: a header that is one of these with
     * one character missing (公开时 for 公开时限, an OCR copy) takes its role when every such header has the same role.
     */
    static final Map<String, ColumnRole> TEMPLATE = Map.ofEntries(
            Map.entry("公开事项", ColumnRole.ITEM), Map.entry("事项名称", ColumnRole.ITEM), Map.entry("信息类别", ColumnRole.ITEM),
            Map.entry("一级事项", ColumnRole.ITEM_LEVEL_1), Map.entry("二级事项", ColumnRole.ITEM_LEVEL_2),
            Map.entry("三级事项", ColumnRole.ITEM_LEVEL_3), Map.entry("一级目录", ColumnRole.ITEM_LEVEL_1),
            Map.entry("二级目录", ColumnRole.ITEM_LEVEL_2), Map.entry("三级目录", ColumnRole.ITEM_LEVEL_3),
            Map.entry("事项类型", ColumnRole.ITEM_TYPE), Map.entry("事项类别", ColumnRole.ITEM_TYPE),
            Map.entry("公开内容", ColumnRole.CONTENT), Map.entry("内容描述", ColumnRole.CONTENT), Map.entry("内容要求", ColumnRole.CONTENT),
            Map.entry("内容标准", ColumnRole.CONTENT), Map.entry("公开依据", ColumnRole.BASIS), Map.entry("公开时限", ColumnRole.DEADLINE),
            Map.entry("公开时长", ColumnRole.DURATION), Map.entry("公开主体", ColumnRole.SUBJECT),
            Map.entry("公开渠道", ColumnRole.CHANNEL), Map.entry("公开渠道和载体", ColumnRole.CHANNEL), Map.entry("公开载体", ColumnRole.CHANNEL),
            Map.entry("公开形式", ColumnRole.CHANNEL), Map.entry("公开对象", ColumnRole.AUDIENCE), Map.entry("公开方式", ColumnRole.METHOD),
            Map.entry("公开层级", ColumnRole.LEVEL), Map.entry("责任单位", ColumnRole.RESPONSIBILITY),
            Map.entry("责任科室", ColumnRole.RESPONSIBILITY), Map.entry("责任主体", ColumnRole.RESPONSIBILITY),
            Map.entry("事项编码", ColumnRole.CODE), Map.entry("具体职责", ColumnRole.ITEM_LEVEL_1), Map.entry("业务事项", ColumnRole.ITEM_LEVEL_2));

    /** Whether {@code shorter} is {@code longer} with exactly one character left out. */
    static boolean oneLeftOut(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    /** The role of a header that is a template header with one character missing, when only one role fits; else null. */
    static ColumnRole missingCharacterRole(String k) {
        int remark = k.indexOf('(');
        if (remark >= 2) { // 公内容(要素)及要求: the header before its remark
            k = k.substring(0, remark);
        }
        if (k.length() < 2) {
            return null;
        }
        ColumnRole found = null;
        for (Map.Entry<String, ColumnRole> t : TEMPLATE.entrySet()) {
            if (oneLeftOut(k, t.getKey())) {
                ColumnRole r = t.getValue().isItemLevel() ? ColumnRole.ITEM : t.getValue(); // 级目录: some level of the item
                if (found != null && found != r) {
                    return null;
                }
                found = r;
            }
        }
        return found;
    }

    /** The roles a header cut short may be (公开 → any 公开… header; 一级 → 一级事项): empty when it starts none. */
    static Set<ColumnRole> prefixRoles(String header) {
        String k = key(header);
        Set<ColumnRole> out = java.util.EnumSet.noneOf(ColumnRole.class);
        if (k.length() < 2) {
            return out;
        }
        for (Map.Entry<String, ColumnRole> t : TEMPLATE.entrySet()) {
            if (t.getKey().startsWith(k) && t.getKey().length() > k.length()) {
                out.add(t.getValue());
            }
        }
        return out;
    }

    /** The role of a header that is one character away from a template header, or {@code null}. */
    static ColumnRole nearRole(String header) {
        String k = key(header);
        ColumnRole missing = missingCharacterRole(k);
        if (missing != null) {
            return missing;
        }
        if (k.length() < 4) {
            return null;
        }
        if (k.length() > 4 && k.charAt(4) != '(') {
            return null;
        }
        String head = k.substring(0, 4);
        ColumnRole found = null;
        for (Map.Entry<String, ColumnRole> c : CANONICAL.entrySet()) {
            String t = c.getKey();
            int diff = 0;
            for (int i = 0; i < 4 && diff < 2; i++) {
                if (t.charAt(i) != head.charAt(i)) {
                    diff++;
                }
            }
            if (diff == 1) {
                if (found != null && found != c.getValue()) {
                    return null; // two roles equally near: no guess
                }
                found = c.getValue();
            }
        }
        return found;
    }

    /** Whether {@code header} has a role only through {@link #nearRole}: the import report says so. */
    boolean nearOnly(String header) {
        String k = key(header);
        if (k.isEmpty() || headers.containsKey(k)) {
            return false;
        }
        for (Map.Entry<ColumnRole, Pattern> e : patterns) {
            if (e.getValue().matcher(k).find()) {
                return false;
            }
        }
        return nearRole(header) != null;
    }

    /** The forced role of a column (0-based), or {@code null}. */
    ColumnRole columnRole(int col) {
        return columns.get(Grid.column(col));
    }
}
