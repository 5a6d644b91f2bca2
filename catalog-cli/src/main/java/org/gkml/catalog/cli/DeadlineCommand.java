package org.gkml.catalog.cli;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.json.JsonOut;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.DeadlineCell;
import org.gkml.catalog.model.IsoDates;
import org.gkml.catalog.model.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code catalog deadline TEXT}: the structured form of 公开时限 wording, and its due date. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Parses 公开时限 wording and prints the structured deadline as JSON.",
            "With --from DATE also the due date (\"due\") on the official working-day calendar.",
            "Exit codes: 0 printed, 2 bad date or calendar file, or no data for a year counted through."},
        footer = {"", "Years after the last official notice are counted provisionally (weekends, the statutory days off, 补假) and the",
            "answer says \"provisional\": true. A calendar file (--calendar) loads a year's notice and replaces that year:",
            "  # comment",
            "  2027 off 01-01 02-05..02-12 04-05 05-01..05-05 …",
            "  2027 work 02-14 02-20 …",
            "\"off\": the days off (ranges inclusive, weekend days inside a holiday too);",
            "\"work\": the weekend days made working days (调休上班).",
            "One \"off\" line makes a year known; dates are MM-DD or MM-DD..MM-DD; \"version LABEL\" names the data."})
final class DeadlineCommand extends ContextCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "the deadline wording, e.g. 信息形成之日起20个工作日内", descriptionKey = "TEXT")
    String text;

    @Option(names = "--from", paramLabel = "DATE", description = "the trigger date (ISO, e.g. 2025-09-26)")
    String from;

    @Option(names = "--calendar", paramLabel = "FILE", description = "a calendar file adding or replacing years")
    Path calendar;

    @Override
    public Integer call() throws Exception {
        DeadlineCell cell = Deadline.parseCell(text);
        // a year without an official notice yet is counted provisionally, and the answer says so
        WorkingDayCalendar cal = WorkingDayCalendar.official().withProvisionalYears();
        if (calendar != null) {
            try (Reader r = Files.newBufferedReader(calendar, StandardCharsets.UTF_8)) {
                cal = cal.with(r, calendar.getFileName().toString());
            }
        }
        Optional<org.gkml.catalog.model.DueDate> due = Optional.empty();
        if (from != null) {
            LocalDate trigger = IsoDates.parse(from);
            try {
                if (trigger == null) {
                    trigger = LocalDate.parse(from); // what java.time accepts beyond yyyy-MM-dd (+12025-01-01)
                }
            } catch (DateTimeParseException e) {
                ctx.err.println(say("catalog: --from \"" + from + "\" 不是日期，应写作 ISO 格式，例如 2025-09-26",
                        "catalog: --from \"" + from + "\" is not a date; expected ISO form such as 2025-09-26"));
                return 2;
            }
            due = cell.deadline().due(trigger, cal);
        }
        StringWriter sw = new StringWriter();
        JsonOut o = new JsonOut(sw, true);
        o.beginObject();
        CatalogJson.writeDeadlineMembers(o, cell.deadline());
        if (cell.duration() != null) {
            o.key("duration");
            CatalogJson.writeDuration(o, cell.duration());
        }
        if (from != null) {
            o.key("due");
            if (due.isPresent()) {
                o.value(due.get().date().toString());
                if (due.get().provisional()) {
                    o.key("provisional").value(true);
                }
            } else {
                o.any(org.gkml.catalog.model.Extensions.NULL);
            }
        }
        o.endObject();
        ctx.out.println(sw);
        if (from != null && due.isEmpty()) {
            ctx.err.println(say("catalog: 时限“" + text + "”没有可以计算的到期日",
                    "catalog: the deadline \"" + text + "\" has no due date to count"));
        }
        return 0;
    }
}
