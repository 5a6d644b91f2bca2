package org.gkml.catalog.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A catalog of disclosure items (主动公开事项目录): the document root of the wire format.
 *
 * <p>Immutable and thread-safe. May hold an invalid catalog so that validation can report every problem.
 *
 * @param specVersion the format version, {@value #SPEC_VERSION} for documents written by this SDK
 * @param id stable identifier of the catalog
 * @param title the catalog's title
 * @param publisher the publishing body, or {@code null}
 * @param region the administrative division, or {@code null}
 * @param version the publisher's version label, or {@code null}
 * @param issued the issue date, or {@code null}
 * @param status lifecycle, or {@code null} (meaning {@code active})
 * @param domain policy domain (领域), or {@code null}
 * @param entries the entries in publisher order
 * @param extensions publisher-specific data, never {@code null}
 * @since 0.1
 */
public record Catalog(
        String specVersion,
        String id,
        String title,
        Organization publisher,
        Region region,
        String version,
        LocalDate issued,
        CatalogStatus status,
        String domain,
        List<Entry> entries,
        Extensions extensions) {

    /** The format version this SDK writes. */
    public static final String SPEC_VERSION = "1.0";

    public Catalog {
        entries = entries == null ? List.of() : List.copyOf(entries);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /** The catalog-level fields of this catalog with no entries (the header of a streamed catalog). */
    public Catalog header() {
        return toBuilder().entries(List.of()).build();
    }

    /** The status, with the format's default {@code active} when absent. */
    public CatalogStatus effectiveStatus() {
        return status == null ? CatalogStatus.ACTIVE : status;
    }

    /** A copy with other entries. */
    public Catalog withEntries(List<Entry> newEntries) {
        return toBuilder().entries(newEntries).build();
    }

    /** A new builder with {@code specVersion} preset to {@value #SPEC_VERSION}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this catalog's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.specVersion = specVersion;
        b.id = id;
        b.title = title;
        b.publisher = publisher;
        b.region = region;
        b.version = version;
        b.issued = issued;
        b.status = status;
        b.domain = domain;
        b.entries = entries;
        b.extensions = extensions;
        return b;
    }

    /** Builds {@link Catalog} values. Not thread-safe. @since 0.1 */
    public static final class Builder {
        private String specVersion = SPEC_VERSION;
        private String id;
        private String title;
        private Organization publisher;
        private Region region;
        private String version;
        private LocalDate issued;
        private CatalogStatus status;
        private String domain;
        private List<Entry> entries = List.of();
        private Extensions extensions = Extensions.EMPTY;

        private Builder() {
        }

        public Builder specVersion(String v) { specVersion = v; return this; }
        public Builder id(String v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder publisher(Organization v) { publisher = v; return this; }
        public Builder publisher(String name) { publisher = Organization.named(name); return this; }
        public Builder region(Region v) { region = v; return this; }
        public Builder version(String v) { version = v; return this; }
        public Builder issued(LocalDate v) { issued = v; return this; }
        public Builder status(CatalogStatus v) { status = v; return this; }
        public Builder domain(String v) { domain = v; return this; }
        public Builder entries(List<Entry> v) { entries = v; return this; }
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** The catalog; never fails, so that invalid catalogs can be held and reported. */
        public Catalog build() {
            return new Catalog(specVersion, id, title, publisher, region, version, issued, status, domain, entries,
                    extensions);
        }
    }
}
