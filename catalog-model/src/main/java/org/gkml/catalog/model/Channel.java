package org.gkml.catalog.model;

import java.util.Objects;

/**
 * One disclosure channel or carrier (公开渠道和载体).
 *
 * <p>Immutable and thread-safe. {@code other} and {@code onlinePlatform} need a name for a valid catalog; the
 * model holds them without one so that the validator can report it.
 *
 * @param type the channel type, never {@code null}
 * @param name the channel's own name (e.g. 信用中国), or {@code null}
 * @param url the address, or {@code null}
 * @since 0.1
 */
public record Channel(ChannelType type, String name, String url) {
    public Channel {
        Objects.requireNonNull(type, "type");
    }

    /** A channel of a type, without name or address. */
    public static Channel of(ChannelType type) {
        return new Channel(type, null, null);
    }

    /** A named channel of a type. */
    public static Channel named(ChannelType type, String name) {
        return new Channel(type, name, null);
    }
}
