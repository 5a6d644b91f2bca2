package org.gkml.catalog.io.sheet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.catalog.model.AudienceScope;
import org.gkml.catalog.model.Channel;
import org.gkml.catalog.model.Content;
import org.gkml.catalog.model.Deadline;
import org.gkml.catalog.model.Duration;
import org.gkml.catalog.model.LegalReference;
import org.gkml.catalog.model.Level;
import org.gkml.catalog.model.Method;
import org.gkml.catalog.model.Organization;

/** What a row's cells say of its entry, gathered column by column. */
final class EntryDraft {
    /** The entry's number in the source map. */
    final int source;
    Map<String, Object> extensions = Map.of();
    Content content;
    List<LegalReference> basis = List.of();
    List<Organization> subjects = List.of();
    /** Channels other than the channel cell's, in the order the cells give them. */
    List<Channel> channels = List.of();
    /** The channels of the one channel cell, while no other adds any. */
    List<Channel> cellChannels;
    EnumSet<Level> levels = EnumSet.noneOf(Level.class);
    AudienceScope scope;
    String audienceDescription;
    Method method;
    Deadline deadline;
    Duration duration;
    Duration cellDuration;
    String unit;
    String person;
    String contact;
    String code;
    /** Ticks in the audience, method and level grids (read together when they are packed to the left). */
    int ticks;

    EntryDraft(int source) {
        this.source = source;
    }

    void addChannels(List<Channel> more) {
        if (channels.isEmpty()) {
            channels = new ArrayList<>();
        }
        channels.addAll(more);
    }

    /** Keeps a cell's text in the entry's extensions under {@code key}. */
    void keep(String key, String text) {
        if (extensions.isEmpty()) {
            extensions = new LinkedHashMap<>();
        }
        extensions.put(key, text);
    }
}
