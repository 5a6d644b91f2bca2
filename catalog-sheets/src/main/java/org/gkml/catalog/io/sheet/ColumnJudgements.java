package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column-wide judgements made on a table's first rows ({@link TableAssembler#SAMPLE_ROWS}): whether a 公开形式
 * column holds methods, which unknown column holds bodies, whether the tick cells were packed to the left (lost
 * their columns). Not thread-safe (one per table assembler).
 */
final class ColumnJudgements {

    private final CellReaders readers;

    ColumnJudgements(CellReaders readers) {
        this.readers = readers;
    }


    /** Whether most non-blank cells of a column name a method (主动公开, 依申请) and none names a channel. */
    boolean holdsMethods(ColumnSpec c, List<DataRow> raws) {
        int methods = 0;
        int total = 0;
        for (DataRow r : raws) {
            String v = r.text[c.index];
            if (v == null) {
                continue;
            }
            total++;
            if (!readers.channelCells.get(v, readers.channelParser).channels().isEmpty()) {
                return false;
            }
            if (readers.methodCell(v).isPresent()) {
                methods++;
            }
        }
        return total > 0 && methods * 5 >= total * 4;
    }

    ColumnSpec orgLikeUnknown(TableLayout L, List<DataRow> raws) {
        for (ColumnSpec c : L.columns) {
            if (c.role != ColumnRole.UNKNOWN) {
                continue;
            }
            int org = 0;
            int total = 0;
            for (DataRow r : raws) {
                String v = r.text[c.index];
                if (v != null) {
                    total++;
                    if (CellText.looksLikeOrganization(CellText.clean(v))) {
                        org++;
                    }
                }
            }
            if (total > 0 && org * 2 > total && MappingProfile.key(c.header).startsWith("公开")) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the tick cells lost their column positions: some exclusive group (对象 or 方式) holds two ticks in a
     * row while a later group holds none, and every row's ticks sit in the leftmost tick columns.
     */
    boolean packedTicks(TableLayout L, List<DataRow> raws) {
        List<ColumnSpec> tickCols = new ArrayList<>();
        for (ColumnSpec c : L.columns) {
            if (c.role.isTick()) {
                tickCols.add(c);
            }
        }
        if (tickCols.isEmpty()) {
            return false;
        }
        boolean anomaly = false;
        for (DataRow r : raws) {
            int count = 0;
            boolean prefix = true;
            boolean gap = false;
            Map<ColumnRole, Integer> perGroup = new java.util.EnumMap<>(ColumnRole.class);
            for (ColumnSpec c : tickCols) {
                perGroup.putIfAbsent(c.role, 0);
                String v = r.text[c.index];
                boolean ticked = v != null && readers.tickCell(v);
                if (ticked) {
                    count++;
                    perGroup.merge(c.role, 1, Integer::sum);
                    if (gap) {
                        prefix = false;
                    }
                } else {
                    gap = true;
                }
            }
            if (count == 0) {
                continue;
            }
            if (!prefix) {
                return false;
            }
            boolean doubled = perGroup.getOrDefault(ColumnRole.AUDIENCE_TICK, 0) > 1 || perGroup.getOrDefault(ColumnRole.METHOD_TICK, 0) > 1;
            boolean empty = perGroup.values().stream().anyMatch(x -> x == 0)
                    && !(perGroup.getOrDefault(ColumnRole.LEVEL_TICK, 1) == 0 && perGroup.getOrDefault(ColumnRole.AUDIENCE_TICK, 1) <= 1
                    && perGroup.getOrDefault(ColumnRole.METHOD_TICK, 1) <= 1);
            if (doubled && empty) {
                anomaly = true;
            }
        }
        return anomaly;
    }
}
