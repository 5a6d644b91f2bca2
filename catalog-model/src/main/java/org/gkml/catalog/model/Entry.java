package org.gkml.catalog.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One disclosure item (公开事项) of a catalog.
 *
 * <p>The per-field requirements are Jakarta Bean Validation constraints whose message keys are the rule ids
 * ({@code {REQ-001}} …), so integrators can check their own objects with any Bean Validation provider.
 *
 * <p>Immutable and thread-safe. The record may hold an invalid entry (blank name, no deadline, no subject) so
 * that validation can report every problem at once; lists are never {@code null}.
 *
 * @param code the entry code (事项编码), unique in its catalog
 * @param category the parent item levels, outermost first (all but the entry's own name)
 * @param name the most specific item name
 * @param content what is disclosed, or {@code null}
 * @param basis the legal bases cited
 * @param deadline the disclosure deadline (公开时限), or {@code null}
 * @param duration how long it stays disclosed (公开时长), or {@code null}
 * @param subjects the disclosing bodies (公开主体)
 * @param method proactive or on request, or {@code null}
 * @param audience who receives it, or {@code null}
 * @param channels the channels and carriers
 * @param levels the disclosure levels
 * @param responsibility who answers for it, or {@code null}
 * @param status the entry's status, or {@code null} (meaning {@code active})
 * @param extensions publisher-specific data, never {@code null}
 * @since 0.1
 */
public record Entry(
        @NotBlank(message = "{REQ-009}") String code,
        List<String> category,
        @NotBlank(message = "{REQ-001}") String name,
        @NotNull(message = "{REQ-002}") @Valid Content content,
        List<LegalReference> basis,
        @NotNull(message = "{REQ-004}") Deadline deadline,
        Duration duration,
        @NotEmpty(message = "{REQ-005}") List<@Valid Organization> subjects,
        @NotNull(message = "{REQ-006}") Method method,
        @NotNull(message = "{REQ-007}") @Valid Audience audience,
        List<Channel> channels,
        List<Level> levels,
        Responsibility responsibility,
        EntryStatus status,
        Extensions extensions) {

    public Entry {
        category = category == null ? List.of() : List.copyOf(category);
        basis = basis == null ? List.of() : List.copyOf(basis);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        channels = channels == null ? List.of() : List.copyOf(channels);
        levels = levels == null ? List.of() : List.copyOf(levels);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entry's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.category = category;
        b.name = name;
        b.content = content;
        b.basis = basis;
        b.deadline = deadline;
        b.duration = duration;
        b.subjects = subjects;
        b.method = method;
        b.audience = audience;
        b.channels = channels;
        b.levels = levels;
        b.responsibility = responsibility;
        b.status = status;
        b.extensions = extensions;
        return b;
    }

    /** The status, with the format's default {@code active} when absent. */
    public EntryStatus effectiveStatus() {
        return status == null ? EntryStatus.ACTIVE : status;
    }

    /** Builds {@link Entry} values. Not thread-safe. @since 0.1 */
    public static final class Builder {
        private String code;
        private List<String> category = List.of();
        private String name;
        private Content content;
        private List<LegalReference> basis = List.of();
        private Deadline deadline;
        private Duration duration;
        private List<Organization> subjects = List.of();
        private Method method;
        private Audience audience;
        private List<Channel> channels = List.of();
        private List<Level> levels = List.of();
        private Responsibility responsibility;
        private EntryStatus status;
        private Extensions extensions = Extensions.EMPTY;

        private Builder() {
        }

        public Builder code(String v) { code = v; return this; }
        public Builder category(List<String> v) { category = v; return this; }
        public Builder category(String... v) { category = List.of(v); return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder content(Content v) { content = v; return this; }
        public Builder content(String summary) { content = Content.of(summary); return this; }
        public Builder basis(List<LegalReference> v) { basis = v; return this; }
        public Builder deadline(Deadline v) { deadline = v; return this; }
        public Builder deadline(String text) { deadline = Deadline.parse(text); return this; }
        public Builder duration(Duration v) { duration = v; return this; }
        public Builder subjects(List<Organization> v) { subjects = v; return this; }
        public Builder subject(String name) { subjects = List.of(Organization.named(name)); return this; }
        public Builder method(Method v) { method = v; return this; }
        public Builder audience(Audience v) { audience = v; return this; }
        public Builder channels(List<Channel> v) { channels = v; return this; }
        public Builder channels(ChannelType... v) {
            channels = java.util.Arrays.stream(v).map(Channel::of).toList();
            return this;
        }
        public Builder levels(List<Level> v) { levels = v; return this; }
        public Builder levels(Level... v) { levels = List.of(v); return this; }
        public Builder responsibility(Responsibility v) { responsibility = v; return this; }
        public Builder status(EntryStatus v) { status = v; return this; }
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** The entry; never fails, so that invalid entries can be held and reported. */
        public Entry build() {
            return new Entry(code, category, name, content, basis, deadline, duration, subjects, method, audience,
                    channels, levels, responsibility, status, extensions);
        }
    }
}
