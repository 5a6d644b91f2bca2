package org.gkml.catalog.io.sheet;

import java.util.EnumSet;
import java.util.Set;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.ChannelType;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;

/** One column of a table layout. */
final class ColumnSpec {
    final int index;
    ColumnRole role;           // see MappingProfile.ROLES, plus audienceTick, methodTick, levelTick, unknown
    final String header;   // the header text (group label / sub label)
    AudienceScope scope;
    Method method;
    ChannelType channel;
    Set<Level> levels = EnumSet.noneOf(Level.class);
    boolean guessedLevel;
    /** The time unit the header gives its bare numbers (公开时限（工作日）→ 个工作日), or null. */
    String unit;
    /** For a header cut short (公开): the roles its full header may have; the content decides. Empty otherwise. */
    Set<ColumnRole> candidates = Set.of();
    /** Whether the column is one of the layout's item columns (公开事项, 一级事项 …). */
    boolean item;

    ColumnSpec(int index, ColumnRole role, String header) {
        this.index = index;
        this.role = role;
        this.header = header;
    }
}
