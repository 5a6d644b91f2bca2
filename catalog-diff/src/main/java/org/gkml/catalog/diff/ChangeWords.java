package org.gkml.catalog.diff;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.model.Entry;

/**
 * The values of a change set as a person writes them, for the reports people read: deadlines as their wording,
 * methods, audiences, levels and channels by their names, lists joined — never wire-format JSON or vocabulary tokens.
 * Chinese by default, English on request. Stateless.
 */
final class ChangeWords {
    private ChangeWords() {
    }

    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("code", new String[] {"事项编码", "code"}), Map.entry("name", new String[] {"事项名称", "name"}),
            Map.entry("category", new String[] {"类别", "category"}), Map.entry("content", new String[] {"公开内容", "content"}),
            Map.entry("basis", new String[] {"公开依据", "basis"}), Map.entry("deadline", new String[] {"公开时限", "deadline"}),
            Map.entry("duration", new String[] {"公开时长", "duration"}), Map.entry("subjects", new String[] {"公开主体", "publishing bodies"}),
            Map.entry("channels", new String[] {"公开渠道", "channels"}), Map.entry("audience", new String[] {"公开对象", "audience"}),
            Map.entry("method", new String[] {"公开方式", "method"}), Map.entry("levels", new String[] {"公开层级", "levels"}),
            Map.entry("responsibility", new String[] {"责任单位", "responsible unit"}), Map.entry("status", new String[] {"状态", "status"}),
            Map.entry("title", new String[] {"目录标题", "title"}), Map.entry("version", new String[] {"版本", "version"}),
            Map.entry("publisher", new String[] {"发布机构", "publisher"}), Map.entry("issued", new String[] {"发布日期", "issued"}),
            Map.entry("extensions", new String[] {"扩展字段", "extensions"}), Map.entry("id", new String[] {"目录标识", "catalog id"}));

    private static final Map<String, String[]> TOKENS = Map.ofEntries(
            Map.entry("proactive", new String[] {"主动公开", "published proactively"}), Map.entry("onRequest", new String[] {"依申请公开", "on request"}),
            Map.entry("public", new String[] {"全社会", "the public"}), Map.entry("specificGroup", new String[] {"特定群体", "a specific group"}),
            Map.entry("national", new String[] {"国家级", "national"}), Map.entry("provincial", new String[] {"省级", "provincial"}),
            Map.entry("prefectural", new String[] {"市级", "city level"}), Map.entry("county", new String[] {"县级", "county"}),
            Map.entry("township", new String[] {"乡级", "township"}), Map.entry("village", new String[] {"村级", "village"}),
            Map.entry("governmentWebsite", new String[] {"政府网站", "government website"}), Map.entry("gazette", new String[] {"政府公报", "gazette"}),
            Map.entry("newMedia", new String[] {"两微一端", "government new media"}), Map.entry("pressConference", new String[] {"发布会/听证会", "press conference"}),
            Map.entry("broadcast", new String[] {"广播电视", "radio and television"}), Map.entry("print", new String[] {"纸质媒体", "print"}),
            Map.entry("readingRoom", new String[] {"公开查阅点", "reading room"}), Map.entry("serviceCenter", new String[] {"政务服务中心", "service centre"}),
            Map.entry("serviceStation", new String[] {"便民服务站", "service station"}), Map.entry("onSite", new String[] {"入户/现场", "on site"}),
            Map.entry("noticeBoard", new String[] {"公示栏", "notice board"}), Map.entry("targetedPush", new String[] {"精准推送", "targeted push"}),
            Map.entry("hotline", new String[] {"服务热线", "hotline"}), Map.entry("onlinePlatform", new String[] {"网上平台", "online platform"}),
            Map.entry("other", new String[] {"其他", "other"}), Map.entry("active", new String[] {"有效", "active"}),
            Map.entry("suspended", new String[] {"暂停", "suspended"}), Map.entry("repealed", new String[] {"废止", "repealed"}),
            Map.entry("draft", new String[] {"草稿", "draft"}), Map.entry("superseded", new String[] {"已被取代", "superseded"}),
            Map.entry("withdrawn", new String[] {"已撤回", "withdrawn"}));

    static String effect(Effect e, boolean en) {
        return switch (e) {
            case LESS_OPEN -> en ? "less open" : "公开程度降低";
            case MORE_OPEN -> en ? "more open" : "公开程度提高";
            default -> en ? "neutral" : "不影响公开程度";
        };
    }

    static String kind(ChangeKind k, boolean en) {
        return switch (k) {
            case ADDED -> en ? "added" : "新增";
            case REMOVED -> en ? "removed" : "删除";
            case MODIFIED -> en ? "changed" : "修改";
            case RECODED -> en ? "recoded" : "改编码";
            default -> en ? "moved" : "移动";
        };
    }

    /** The member a path ends in (/entries/3/channels/0 → channels). */
    static String member(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
                return parts[i];
            }
        }
        return path;
    }

    /** A field's name: 公开时限, deadline. */
    static String field(String path, boolean en) {
        String[] label = FIELDS.get(member(path));
        return label == null ? member(path) : label[en ? 1 : 0];
    }

    private static String token(String t, boolean en) {
        String[] label = TOKENS.get(t);
        return label == null ? t : label[en ? 1 : 0];
    }

    /** A value as a person writes it; the member it is the value of says how. */
    static String value(String member, JsonValue v, boolean en) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        String sep = en ? ", " : "、";
        switch (member) {
            case "deadline":
            case "duration": {
                if (v instanceof JsonObject o) {
                    if (o.get("text") instanceof JsonString t && !t.getString().isBlank()) {
                        return t.getString();
                    }
                    return wording(member, o);
                }
                break;
            }
            case "method":
            case "status":
                return v instanceof JsonString s ? token(s.getString(), en) : plain(v, en);
            case "audience": {
                if (v instanceof JsonObject o) {
                    String scope = o.get("scope") instanceof JsonString s ? token(s.getString(), en) : "";
                    String d = o.get("description") instanceof JsonString s ? s.getString() : null;
                    return d == null ? scope : scope + (en ? " (" + d + ")" : "（" + d + "）");
                }
                break;
            }
            case "levels":
            case "channels":
            case "subjects":
            case "basis":
            case "category":
            case "entries": {
                if (v instanceof JsonArray a) {
                    List<String> items = new ArrayList<>();
                    for (JsonValue x : a) {
                        items.add(item(member, x, en));
                    }
                    return String.join(member.equals("category") ? " › " : sep, items);
                }
                return item(member, v, en);
            }
            case "content": {
                if (v instanceof JsonObject o) {
                    if (o.get("summary") instanceof JsonString s) {
                        return s.getString();
                    }
                    if (o.get("elements") instanceof JsonArray a) {
                        List<String> items = new ArrayList<>();
                        a.forEach(x -> items.add(plain(x, en)));
                        return String.join(sep, items);
                    }
                }
                break;
            }
            case "responsibility":
            case "publisher": {
                if (v instanceof JsonObject o) {
                    List<String> parts = new ArrayList<>();
                    for (String k : List.of("unit", "name", "person", "contact")) {
                        if (o.get(k) instanceof JsonString s) {
                            parts.add(s.getString());
                        }
                    }
                    return String.join(en ? ", " : "，", parts);
                }
                break;
            }
            default:
                break;
        }
        return plain(v, en);
    }

    /** One item of a list member: a channel by its name, a body by its name, a law by its title. */
    private static String item(String member, JsonValue x, boolean en) {
        if (x instanceof JsonString s) {
            return member.equals("levels") ? token(s.getString(), en) : s.getString();
        }
        if (x instanceof JsonObject o) {
            if (member.equals("channels")) {
                String type = o.get("type") instanceof JsonString t ? token(t.getString(), en) : "";
                return o.get("name") instanceof JsonString n && !n.getString().isBlank() ? n.getString() : type;
            }
            if (member.equals("basis")) {
                if (o.get("text") instanceof JsonString t) {
                    return t.getString();
                }
                return o.get("title") instanceof JsonString t ? "《" + t.getString() + "》" : plain(o, en);
            }
            if (o.get("name") instanceof JsonString n) {
                return n.getString();
            }
        }
        return plain(x, en);
    }

    /** A deadline or duration without its wording: the model's canonical wording of it. */
    private static String wording(String member, JsonObject o) {
        try {
            JsonObject entry = Json.createObjectBuilder().add("code", "x").add("category", Json.createArrayBuilder().add("x"))
                    .add("name", "x").add(member, o).build();
            Entry e = CatalogJson.entryFromJson(entry, "");
            return member.equals("deadline") ? e.deadline().toText() : e.duration().toText();
        } catch (Exception unreadable) {
            return plain(o, false);
        }
    }

    /** Any other value: strings bare, numbers as written, objects as "name: value" pairs in words. */
    static String plain(JsonValue v, boolean en) {
        if (v == null) {
            return "";
        }
        switch (v.getValueType()) {
            case STRING:
                return ((JsonString) v).getString();
            case NUMBER:
                return ((JsonNumber) v).toString();
            case TRUE:
                return en ? "yes" : "是";
            case FALSE:
                return en ? "no" : "否";
            case NULL:
                return "";
            case ARRAY: {
                List<String> items = new ArrayList<>();
                for (JsonValue x : (JsonArray) v) {
                    items.add(plain(x, en));
                }
                return String.join(en ? ", " : "、", items);
            }
            default: {
                List<String> parts = new ArrayList<>();
                for (Map.Entry<String, JsonValue> m : ((JsonObject) v).entrySet()) {
                    parts.add(field(m.getKey(), en) + (en ? ": " : "：") + value(m.getKey(), m.getValue(), en));
                }
                return String.join(en ? "; " : "；", parts);
            }
        }
    }
}
