package org.gkml.catalog.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gkml.catalog.io.json.CatalogJson;
import org.gkml.catalog.io.xml.CatalogXml;
import org.gkml.catalog.model.Audience;
import org.gkml.catalog.model.Catalog;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Entry;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.WorkingDayCalendar;

/** Builds a catalog in code, writes it as JSON and XML, and computes a due date on the official calendar. */
public final class BuildCatalog {

    private BuildCatalog() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("build-example"); // never litters the working folder
        // --- snippet: build
        Entry entry = Entry.builder()
                .code("371524-mzj-001")
                .category("社会救助", "最低生活保障")
                .name("低保政策")
                .content("最低生活保障政策法规、申请条件、办理流程")
                .basis(LegalReference.parseAll("《社会救助暂行办法》（国务院令第649号）"))
                .deadline(Deadline.parse("制定或获取信息之日起10个工作日内"))
                .subject("东阿县民政局")
                .method(Method.PROACTIVE)
                .audience(Audience.everyone())
                .channels(ChannelType.GOVERNMENT_WEBSITE, ChannelType.NOTICE_BOARD)
                .levels(Level.COUNTY, Level.TOWNSHIP)
                .build();
        Catalog catalog = Catalog.builder()
                .id("371524-mzj-2025").title("东阿县民政局主动公开事项目录").publisher("东阿县民政局")
                .entries(List.of(entry))
                .build();
        CatalogJson.write(catalog, dir.resolve("mzj.json"));
        Files.writeString(dir.resolve("mzj.xml"), CatalogXml.toXml(catalog));
        // --- end snippet
        System.out.println("wrote " + dir.resolve("mzj.json") + " and " + dir.resolve("mzj.xml"));
        System.out.println("deadline: " + entry.deadline().toText() + ", due for information formed 2025-09-26: "
                + entry.deadline().dueDate(java.time.LocalDate.of(2025, 9, 26), WorkingDayCalendar.official()).orElseThrow());
    }
}
