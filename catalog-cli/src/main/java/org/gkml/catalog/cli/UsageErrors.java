package org.gkml.catalog.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Picocli's usage errors in Chinese (picocli writes them in English only). */
final class UsageErrors {
    private UsageErrors() {
    }

    static String chinese(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            boolean option = !unmatched.isEmpty() && unmatched.get(0).startsWith("-");
            if (u.getCommandLine().getSubcommands().isEmpty() || option) {
                return (option ? "未知的选项：" : "多余的参数：") + quoted(unmatched);
            }
            return "未知的命令：" + quoted(unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的" + (m.getMissing().stream().allMatch(ArgSpec::isOption) ? "选项：" : "参数：")
                    + m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、"));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能给一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多：" + ex.getMessage();
        }
        if ("missing command".equals(ex.getMessage())) {
            return "缺少命令";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return name(ex.getArgSpec()) + " 的值 '" + ex.getValue() + "' 无效（" + ex.getMessage() + "）";
        }
        return ex.getMessage();
    }

    private static String quoted(List<String> args) {
        return args.stream().map(a -> "'" + a + "'").collect(Collectors.joining("、"));
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        return ((PositionalParamSpec) a).paramLabel();
    }
}
