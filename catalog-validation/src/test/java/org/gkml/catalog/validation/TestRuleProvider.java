package org.gkml.catalog.validation;

import java.util.List;

/** A plug-in found through ServiceLoader in the tests: flags names containing "测试". */
public final class TestRuleProvider implements RuleProvider {
    @Override
    public List<CustomRule> rules() {
        return List.of(new CustomRule(new RuleInfo("TEST-001", Severity.INFO, "名称含“测试”", "Name contains 测试"),
                "事项“{0}”名称含“测试”", "Entry \"{0}\" is named with 测试",
                (e, ctx) -> {
                    if (e.name() != null && e.name().contains("测试")) {
                        ctx.report("/name", e.name(), e.name());
                    }
                }));
    }
}
