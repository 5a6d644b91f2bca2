package org.gkml.catalog.model;

import java.text.Normalizer;

/**
 * Text folding for matching the wordings of real sheets: full/half width, stray spaces and line breaks,
 * traditional characters, Chinese numerals. Folding is only for matching; values keep the publisher's wording.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ChineseText {

    /**
     * Traditional → simplified characters met in catalog sheets, in pairs (traditional, simplified). In the source
     * rather than a data file: reading and decoding a file from the jar cost a first answer some 2 ms, a constant
     * string comes with the class.
     */
    private static final String T2S_PAIRS =
            "開开項项據据時时體体層层級级網网欄栏務务個个內内變变後后決决隨随佈布對对會会號号條条報报紙纸質质"
            + "廣广電电視视聽听證证發发閱阅點点處处鎮镇鄉乡區区縣县準准確确獲获製制產产財财資资訊讯門门戶户場场"
            + "現现業业單单熱热線线圖图書书館馆檔档覽览範范圍围應应當当與与關关於于為为請请經经審审復复實实計计"
            + "劃划責责聯联繫系員员負负辦办稱称專专長长動动態态調调週周編编碼码類类別别總总數数環环護护療疗衛卫"
            + "養养齡龄災灾濟济險险稅税徵征補补償偿規规築筑設设採采購购標标費费預预歸归議议傳传統统組组織织構构"
            + "職职權权黨党並并須须嚴严義义學学醫医藥药價价錢钱貼贴農农貧贫執执罰罚許许傷伤損损達达們们來来這这"
            + "說说話话記记錄录導导讀读聞闻眾众衆众選选擇择較较額额結结認认試试驗验檢检測测監监營营運运輸输車车"
            + "鐵铁藝艺術术遊游節节慶庆賽赛獎奖勵励懲惩歷历誌志紀纪維维絡络轉转換换擴扩張张幹干雜杂佔占併并傑杰"
            + "側侧優优兒儿兩两冊册凍冻劑剂勞劳勢势匯汇協协參参叢丛啟启園园圓圆團团壓压墊垫壞坏壯壮夠够夢梦奮奋"
            + "婦妇孫孙寧宁寶宝屆届屬属嶺岭師师帶带幣币庫库廳厅彈弹徑径從从慮虑憑凭懷怀戰战戲戏擁拥擊击攜携擬拟"
            + "斷断晉晋曆历東东極极槍枪樂乐樓楼樣样橋桥機机櫃柜殘残氣气況况湯汤溝沟滿满漢汉澤泽烏乌無无燈灯爭争"
            + "牆墙狀状獨独獻献畝亩畢毕異异盡尽盤盘礎础禮礼穩稳積积簡简糧粮約约納纳紐纽純纯紛纷細细終终絕绝給给"
            + "絲丝綜综綠绿緊紧練练縮缩績绩繳缴續续罷罢習习聖圣聲声脅胁腦脑興兴舉举舊旧莊庄華华萬万葉叶蓋盖藍蓝"
            + "蠶蚕衝冲裝装複复親亲觀观訂订討讨訓训託托訪访評评詢询詳详誠诚誤误課课談谈諮咨謀谋講讲識识譯译讓让"
            + "豐丰貝贝貨货販贩貿贸賬账賴赖贈赠趙赵跡迹踐践軍军軟软輔辅輕轻載载輛辆違违連连進进遠远適适遲迟遷迁"
            + "遺遗還还郵邮鄰邻釋释針针銀银銷销鋪铺鍵键閉闭間间閒闲闡阐陣阵陰阴陳陈陸陆陽阳隊队階阶隱隐雙双雞鸡"
            + "離离難难靜静韓韩響响頁页頂顶順顺領领頻频題题風风飛飞飯饭餘余駐驻髮发鬥斗魚鱼鳥鸟麥麦黃黄齊齐齒齿"
            + "龍龙龜龟囑嘱壇坛墳坟憲宪懸悬擔担攝摄敵敌殺杀溫温濫滥瀏浏燒烧爐炉犧牺獄狱瓊琼癥症盜盗礦矿禍祸窮穷"
            + "窯窑競竞筆笔籌筹糾纠紅红紡纺縱纵繼继羅罗臉脸艱艰蘭兰虛虚蟲虫襲袭覺觉觸触詐诈該该誰谁謊谎豬猪貪贪"
            + "貫贯貸贷賠赔賣卖贊赞趨趋踴踊軌轨辭辞邊边鄭郑釀酿鋼钢錯错鍋锅鏈链鐘钟閥阀闊阔隸隶雲云霧雾靈灵頒颁"
            + "顧顾飢饥飲饮饑饥騙骗驅驱骯肮鬧闹魯鲁鹽盐麗丽龐庞嗎吗塊块壩坝奪夺奧奥寫写寬宽將将尋寻屍尸嶽岳巖岩"
            + "幫帮廢废廟庙廠厂彙汇徹彻恆恒惡恶懇恳戀恋拋抛掃扫掛挂揚扬搖摇搶抢摺折撥拨撫抚擾扰攤摊攬揽敗败敘叙"
            + "斂敛暢畅暫暂曉晓曬晒朧胧樞枢歡欢歲岁殼壳毀毁氾泛沒没洶汹淺浅渦涡滅灭滬沪漁渔漲涨潔洁潛潜澀涩濁浊"
            + "濕湿瀋沈灣湾燦灿爛烂牽牵犢犊狹狭瑪玛畫画疊叠瘋疯癱瘫皺皱碩硕磚砖禪禅稟禀穀谷窩窝竊窃筍笋篩筛籃篮"
            + "簽签粵粤糰团紋纹紗纱紮扎綁绑綱纲緒绪緣缘緩缓縫缝繩绳繪绘繭茧缽钵罈坛罵骂羨羡翹翘聰聪肅肃脈脉脫脱"
            + "腫肿膽胆膚肤艙舱蒼苍蓮莲蔣蒋薦荐薩萨蘇苏蘋苹蝦虾蠟蜡裡里裏里誇夸諾诺謝谢謹谨譽誉貓猫賀贺賢贤贏赢"
            + "蹤踪躍跃軀躯輝辉輩辈輪轮轄辖轟轰辯辩遞递邏逻醜丑鈔钞鉅巨銅铜錦锦鍊炼鎖锁鑑鉴閃闪閣阁闖闯隻只雖虽"
            + "韌韧頭头頸颈頹颓顆颗顯显飄飘饒饶馬马馳驰騎骑騰腾驕骄驚惊髒脏鬆松鳳凤鳴鸣麵面鑒鉴貳贰億亿幾几瑣琐"
            + "綫线勝胜瞭了齣出乾干噹当檯台颱台臺台隣邻羣群";

    /** Traditional → simplified for the BMP: 0 where a character has no mapping (a flat table: no boxing). */
    private static final char[] T2S = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i + 1 < T2S_PAIRS.length(); i += 2) {
            T2S[T2S_PAIRS.charAt(i)] = T2S_PAIRS.charAt(i + 1);
        }
    }

    private ChineseText() {
    }

    /** Traditional characters replaced by simplified ones (one-to-one; other characters unchanged). */
    public static String toSimplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char t = T2S[s.charAt(i)];
            if (t != 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = t;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Whether a code point is white space of any kind, including ideographic and no-break spaces. */
    public static boolean isSpace(int c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        if (c < 0xa0 || c > 0xa0 && c < 0x1680 || c > 0x3000 && c != 0xfeff) {
            return false; // no space lies there: CJK text, full-width punctuation, most of Latin (tested over all)
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** All white space (incl. ideographic space, NBSP, zero-width space, line breaks) removed. */
    public static String removeSpaces(String s) {
        int first = firstSpace(s, false);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!isSpace(c)) {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /**
     * The index of the first white space character, or -1 if there is none; with {@code collapse}, only spaces
     * that {@link #collapseSpaces} would change (leading, trailing, not a single ASCII space, or doubled) count.
     */
    private static int firstSpace(String s, boolean collapse) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) ? isSpace(s.codePointAt(i)) : isSpace(c)) {
                if (!collapse || c != ' ' || i == 0 || i == s.length() - 1 || isSpace(s.codePointAt(i + 1))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Runs of white space collapsed to one ASCII space, ends stripped. */
    public static String collapseSpaces(String s) {
        if (firstSpace(s, true) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    /**
     * The matching key of a label: NFKC (full width to half width), traditional to simplified, all spaces
     * removed. {@code null} stays {@code null}.
     */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        if (nfkcStable(s)) {
            return removeSpaces(toSimplified(s));
        }
        String n = nfkcByTable(s);
        if (n == null) {
            // NFKC, and without emoji/text variation selectors and zero-width characters (✔️ is ✔)
            n = Invisible.PATTERN.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("");
        }
        return removeSpaces(toSimplified(n));
    }

    /** Compiled when first needed: a regular expression's compilation links lambdas, slow in a first answer. */
    private static final class Invisible {
        static final java.util.regex.Pattern PATTERN = java.util.regex.Pattern.compile("[\\uFE0E\\uFE0F\\u200B-\\u200D\\u2060\\uFEFF]");
    }

    /**
     * NFKC of the commonest text that is not plain ideographs and ASCII, without the normaliser (whose data a first
     * answer would wait some 3 ms to load): every character one that NFKC maps alone and in any context, as the table
     * here says — full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic and no-break spaces to a space, the CJK and
     * general punctuation NFKC leaves alone (、。《》〔〕“”—…), none of them a combining mark. Null when any other
     * character occurs. {@code NfkcTableTest} compares this with {@link Normalizer} for every character.
     */
    static String nfkcByTable(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m;
            if (c < 0x80 || c >= 0x4e00 && c <= 0x9fff || unchangedPunctuation(c)) {
                continue;
            } else if (c >= 0xff01 && c <= 0xff5e) {
                m = (char) (c - 0xfee0);
            } else if (c == 0x3000 || c == 0xa0) {
                m = ' ';
            } else {
                return null;
            }
            if (out == null) {
                out = s.toCharArray();
            }
            out[i] = m;
        }
        return out == null ? s : new String(out);
    }

    /** Punctuation NFKC leaves as it is in any context: U+3001–3029, 3030–3035, U+2010, 2012–2016, 2018–2022, 2030, 203B, ·, ×, ÷. */
    private static boolean unchangedPunctuation(char c) {
        return c >= 0x3001 && c <= 0x3029 || c >= 0x3030 && c <= 0x3035 || c == 0x2010 || c >= 0x2012 && c <= 0x2016 || c >= 0x2018 && c <= 0x2022
                || c == 0x2030 || c == 0x203b || c == 0xb7 || c == 0xd7 || c == 0xf7;
    }

    /** Whether NFKC certainly leaves {@code s} unchanged: ASCII and CJK unified ideographs only (the common case). */
    private static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    private static int unit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return -1;
        }
    }

    /**
     * The value of a Chinese numeral (二十 = 20, 十五 = 15, 一百零五 = 105, 二〇 = 20), or -1 if {@code s} is not one.
     */
    public static int parseNumeral(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) {
                hasUnit = true;
            } else if (digit(c) < 0) {
                return -1;
            }
        }
        if (!hasUnit) { // digit by digit, e.g. 二〇
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        int total = 0;
        int current = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else {
                int u = unit(c);
                total += (current < 0 ? 1 : current) * u;
                current = -1;
            }
        }
        if (current > 0) {
            total += current;
        }
        return total;
    }

    /**
     * Chinese numerals that count something (followed by 个, 日, 天, 工作日, 月, 年, 小时, 次, 周, 号, 季) replaced by
     * ASCII digits: 二十个工作日 → 20个工作日, 每年一月三十一日 → 每年1月31日.
     */
    public static String numeralsToDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (digit(c) >= 0 || unit(c) > 0) {
                int j = i;
                while (j < s.length() && (digit(s.charAt(j)) >= 0 || unit(s.charAt(j)) > 0)) {
                    j++;
                }
                String run = s.substring(i, j);
                char next = j < s.length() ? s.charAt(j) : 0;
                boolean counts = "个日天工月年小次周号".indexOf(next) >= 0 && next != 0;
                // 一级, 一律, 统一 … are not numbers; a counted numeral is followed by a unit
                if (counts && !(run.equals("一") && j + 1 < s.length() && next == '年' && s.charAt(j + 1) == '度')) {
                    out.append(parseNumeral(run));
                } else {
                    out.append(run);
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
