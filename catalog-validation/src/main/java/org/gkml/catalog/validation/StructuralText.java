package org.gkml.catalog.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers' structural messages (written in English by {@code catalog-io}, one closed set of shapes) in Chinese
 * for the validation report. A shape not listed here is shown as the reader wrote it.
 */
final class StructuralText {
    private StructuralText() {
    }

    /** The vocabularies and tagged values, by the name the readers give them. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("audience scope", "公开对象范围"), Map.entry("level", "公开层级"), Map.entry("method", "公开方式"),
            Map.entry("channel type", "渠道类型"), Map.entry("time unit", "时间单位"), Map.entry("trigger", "起算事件"),
            Map.entry("entry status", "事项状态"), Map.entry("catalog status", "目录状态"), Map.entry("recurrence", "周期"),
            Map.entry("deadline", "公开时限"), Map.entry("duration", "公开时长"));

    /** What was expected or found, as the readers word it. */
    private static final Map<String, String> THINGS = Map.ofEntries(
            Map.entry("a string", "字符串"), Map.entry("an object", "对象"), Map.entry("an array", "数组"),
            Map.entry("an integer", "整数"), Map.entry("true or false", "true 或 false"), Map.entry("a value", "一个值"),
            Map.entry("null", "空值（null）"), Map.entry("true", "true"), Map.entry("false", "false"),
            Map.entry("an ISO-8601 date such as 2024-12-31", "ISO-8601 日期（如 2024-12-31）"),
            Map.entry("a date YYYY-MM-DD", "YYYY-MM-DD 形式的日期"), Map.entry("a number", "数字"),
            Map.entry("a JSON object (the catalog)", "JSON 对象（目录）"), Map.entry("an array of entries", "事项的数组"),
            Map.entry("an entry object", "事项对象"));

    private record Shape(Pattern pattern, String chinese) {
    }

    private static final List<Shape> SHAPES = List.of(
            shape("expected an integer from (\\S+) to (\\S+), found (.+)", "应为 $1 到 $2 之间的整数，实际为 $3"),
            shape("expected (.+?), found the number (.+)", "应为{1}，实际为数字 $2"),
            shape("expected (.+?), found the string (.+)", "应为{1}，实际为字符串 $2"),
            shape("expected (.+?), found (\".*\")", "应为{1}，实际为 $2"),
            shape("expected (.+?), found (.+)", "应为{1}，实际为{2}"),
            shape("missing key \"([^\"]+)\"; expected a channel type token", "缺少键 \"$1\"，应为渠道类型"),
            shape("missing key \"([^\"]+)\"; expected one of (.+)", "缺少键 \"$1\"，应为以下之一：$2"),
            shape("missing key \"([^\"]+)\"", "缺少键 \"$1\""),
            shape("unknown key \"([^\"]+)\"; expected one of (\\[[^\\]]*\\]) \\(publisher data belongs in \"extensions\"\\)",
                    "未定义的键 \"$1\"，应为以下之一：$2（发布机构自有的数据应放在 \"extensions\" 中）"),
            shape("unknown key \"([^\"]+)\"; expected one of (.+)", "未定义的键 \"$1\"，应为以下之一：$2"),
            shape("unknown (.+?) type \"(.*)\"; expected one of (.+)", "未知的{1}类型 \"$2\"，应为以下之一：$3"),
            shape("unknown (.+?) \"(.*)\"; expected one of (.+)", "未知的{1} \"$2\"，应为以下之一：$3"),
            shape("duplicate key \"([^\"]+)\"; each key may appear once", "键 \"$1\" 重复；每个键只能出现一次"),
            shape("missing element <type>; expected a channel type token", "缺少元素 <type>，应为渠道类型"),
            shape("missing element <([^>]+)>", "缺少元素 <$1>"),
            shape("missing attribute type on <([^>]+)>; expected one of (.+)", "<$1> 缺少 type 属性，应为以下之一：$2"),
            shape("unexpected attribute (\\S+) on <([^>]+)>", "<$2> 上有未定义的属性 $1"),
            shape("element <([^>]+)> is not part of a \"([^\"]+)\" value; expected (.+)", "元素 <$1> 不属于 \"$2\" 类型的值，应为 $3"),
            shape("a one-off date \\(it names its <?year>?\\) has no <?\"?recurrence\"?>?", "一次性的日期（写明了年份）不应有 recurrence"),
            shape("a periodic offset needs both <?\"?amount\"?>? and <?\"?unit\"?>?", "周期性的时限需要同时写明 amount 和 unit"),
            shape("<extensions> must hold a JSON object(.*)", "<extensions> 必须是一个 JSON 对象$1"),
            // a file that is no readable document at all (what convert, diff, patch and merge say of it too)
            shape("the document ends too early \\(truncated file\\?\\).*", "文档过早结束（文件可能不完整）"),
            shape("unexpected end of file: the document is cut short \\((.*)\\)", "文件意外结束：文档不完整（$1）"),
            shape("a DTD or entity reference is not allowed in a catalog \\(possible XXE or entity-expansion attack\\)(.*)",
                    "目录中不允许 DTD 或实体引用（可能是 XXE 或实体膨胀攻击）$1"),
            shape("element <([^>]+)> is not in the catalog namespace (\\S+)", "元素 <$1> 不在目录的命名空间 $2 中"),
            shape("unexpected element <([^>]+)>\\. Expected elements are (.+)", "未定义的元素 <$1>，应为以下之一：$2"),
            shape("unknown element <([^>]+)>; expected one of (.+)", "未定义的元素 <$1>，应为以下之一：$2"),
            shape("unexpected element <([^>]+)>; expected (.+)", "意外的元素 <$1>，应为 $2"),
            shape("element <([^>]+)> appears twice", "元素 <$1> 出现了两次"),
            shape("expected the root element (.+)", "应为根元素 $1"),
            shape("unexpected content after </catalog>", "</catalog> 之后还有内容"),
            shape("not readable as XML: (.+)", "无法作为 XML 读取：$1"),
            shape("Unexpected char (.+?); expected (.+)", "意外的字符 $1（应为 $2）"));

    private static Shape shape(String regex, String chinese) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), chinese);
    }

    /** The message in the reader's language: as written in English, else in Chinese. */
    static String in(java.util.Locale locale, String english) {
        return "en".equals(locale.getLanguage()) ? english : chinese(english);
    }

    /** The message in Chinese; unchanged when its shape is not one of the readers'. */
    static String chinese(String english) {
        for (Shape s : SHAPES) {
            Matcher m = s.pattern.matcher(english);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                String t = s.chinese;
                for (int i = 0; i < t.length(); i++) { // {n}: a name translated; $n: the text as it stood
                    char c = t.charAt(i);
                    if ((c == '$' || c == '{') && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                        String text = m.group(t.charAt(i + 1) - '0');
                        out.append(c == '$' ? text : NAMES.getOrDefault(text, THINGS.getOrDefault(text, text)));
                        i += c == '$' ? 1 : 2;
                    } else {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return english;
    }
}
