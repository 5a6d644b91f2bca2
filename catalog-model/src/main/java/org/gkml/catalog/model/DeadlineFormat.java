package org.gkml.catalog.model;

/** Canonical Chinese wording of deadlines and durations; the inverse of {@link DeadlineParser}. */
final class DeadlineFormat {

    private DeadlineFormat() {
    }

    static String unitText(TimeUnit unit) {
        switch (unit) {
            case WORKING_DAY: return "个工作日";
            case CALENDAR_DAY: return "日";
            case MONTH: return "个月";
            case YEAR: return "年";
            case HOUR: return "小时";
            default: throw new AssertionError(unit);
        }
    }

    static String periodText(Recurrence r) {
        switch (r) {
            case DAILY: return "日";
            case MONTHLY: return "月";
            case QUARTERLY: return "季度";
            case SEMIANNUAL: return "半年";
            case YEARLY: return "年";
            default: throw new AssertionError(r);
        }
    }

    static String format(Deadline d) {
        StringBuilder b = new StringBuilder(main(d));
        for (Deadline.Condition c : d.conditions()) {
            b.append(';');
            if (c.when() != null && !c.when().isEmpty()) {
                b.append(c.when()).append(':');
            }
            b.append(c.deadline().toText());
        }
        return b.toString();
    }

    private static String main(Deadline d) {
        if (d instanceof Deadline.Within w) {
            String prefix;
            switch (w.trigger()) {
                case FORMED_OR_CHANGED: prefix = "信息形成或者变更之日起"; break;
                case DECIDED: prefix = "作出决定之日起"; break;
                case APPROVED: prefix = "批准后"; break;
                case REQUEST_RECEIVED: prefix = "收到申请之日起"; break;
                case RESULT_DETERMINED: prefix = "结果确定后"; break;
                default: prefix = (w.triggerText() == null || w.triggerText().isEmpty() ? "事件发生" : w.triggerText()) + "后";
            }
            return prefix + w.amount() + unitText(w.unit()) + "内";
        }
        if (d instanceof Deadline.ByDate bd) {
            String when;
            if (bd.oneOff()) {
                when = bd.year() + "年" + bd.month() + "月" + (bd.endOfMonth() || bd.day() == null ? "底" : bd.day() + "日");
            } else if (bd.recurrence() == Recurrence.YEARLY) {
                String month = bd.month() == null ? "12" : bd.month().toString();
                when = "每年" + month + "月" + (bd.endOfMonth() || bd.day() == null ? "底" : bd.day() + "日");
            } else if (bd.recurrence() == Recurrence.MONTHLY) {
                when = "每月" + (bd.endOfMonth() || bd.day() == null ? "底" : bd.day() + "日");
            } else {
                when = "每" + periodText(bd.recurrence()) + (bd.endOfMonth() || bd.day() == null ? "末" : "第" + bd.day() + "日");
            }
            return when + "前";
        }
        if (d instanceof Deadline.Periodic p) {
            if (p.amount() == null) {
                switch (p.recurrence()) {
                    case DAILY: return "每日公开";
                    case MONTHLY: return "按月公开";
                    case QUARTERLY: return "按季度公开";
                    case SEMIANNUAL: return "每半年公开";
                    default: return "每年公开";
                }
            }
            return "每" + periodText(p.recurrence()) + "结束后" + p.amount() + unitText(p.unit()) + "内";
        }
        if (d instanceof Deadline.Immediate) {
            return "实时公开";
        }
        if (d instanceof Deadline.Prompt) {
            return "及时公开";
        }
        if (d instanceof Deadline.SameAsAbove) {
            return "同上";
        }
        return d.text() == null ? "" : d.text();
    }

    static String format(Duration d) {
        if (d instanceof Duration.Permanent) {
            return "长期公开";
        }
        if (d instanceof Duration.LatestValid) {
            return "长期,最新有效";
        }
        if (d instanceof Duration.Tenure) {
            return "任期内";
        }
        if (d instanceof Duration.Fixed f) {
            return "公示" + f.amount() + unitText(f.unit());
        }
        return d.text() == null ? "" : d.text();
    }
}
