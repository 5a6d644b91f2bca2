package org.gkml.catalog.model;

/**
 * Type of a disclosure channel (公开渠道和载体): the 13-box template plus named platforms and hotlines.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ChannelType implements Token {
    GOVERNMENT_WEBSITE("governmentWebsite"),
    GAZETTE("gazette"),
    NEW_MEDIA("newMedia"),
    PRESS_CONFERENCE("pressConference"),
    BROADCAST("broadcast"),
    PRINT("print"),
    READING_ROOM("readingRoom"),
    SERVICE_CENTER("serviceCenter"),
    SERVICE_STATION("serviceStation"),
    ON_SITE("onSite"),
    NOTICE_BOARD("noticeBoard"),
    TARGETED_PUSH("targetedPush"),
    ONLINE_PLATFORM("onlinePlatform"),
    HOTLINE("hotline"),
    OTHER("other");

    private final String token;

    ChannelType(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    /** The value for a wire-format token; throws {@link IllegalArgumentException} quoting an unknown token. */
    public static ChannelType fromToken(String token) {
        return Token.fromToken(ChannelType.class, token);
    }
}
