package org.gkml.catalog.io.xml;

import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The JAXB binding classes of {@code schema/catalog.xsd}: mutable, package-private, one per complex type, with
 * element order as in the schema's sequences. JAXB cannot bind the model's records; {@link XmlModel} maps these to
 * and from the model. Numbers and booleans are kept as text so that a bad value is reported by the mapper with its
 * JSON Pointer and the expected form, not as a JAXB conversion message.
 */
final class XmlBinding {

    private XmlBinding() {
    }

    /** Attributes the schema does not define, collected so that they are refused rather than ignored. */
    @XmlTransient
    abstract static class Strict {
        @XmlAnyAttribute
        Map<QName, String> otherAttributes;
    }

    @XmlType(name = "Organization", propOrder = {"name", "creditCode", "divisionCode"})
    static final class XOrganization extends Strict {
        String name;
        String creditCode;
        String divisionCode;
    }

    @XmlType(name = "Region", propOrder = {"code", "name"})
    static final class XRegion extends Strict {
        String code;
        String name;
    }

    @XmlType(name = "Entry", propOrder = {"code", "category", "name", "content", "basis", "deadline", "duration",
        "subjects", "method", "audience", "channels", "levels", "responsibility", "status", "extensions"})
    static final class XEntry extends Strict {
        String code;
        @XmlElementWrapper(name = "category")
        @XmlElement(name = "name")
        List<String> category;
        String name;
        XContent content;
        @XmlElementWrapper(name = "basis")
        @XmlElement(name = "reference")
        List<XReference> basis;
        XDeadline deadline;
        XDuration duration;
        @XmlElementWrapper(name = "subjects")
        @XmlElement(name = "subject")
        List<XOrganization> subjects;
        String method;
        XAudience audience;
        @XmlElementWrapper(name = "channels")
        @XmlElement(name = "channel")
        List<XChannel> channels;
        @XmlElementWrapper(name = "levels")
        @XmlElement(name = "level")
        List<String> levels;
        XResponsibility responsibility;
        String status;
        String extensions;
    }

    @XmlType(name = "Content", propOrder = {"summary", "elements"})
    static final class XContent extends Strict {
        String summary;
        @XmlElementWrapper(name = "elements")
        @XmlElement(name = "element")
        List<String> elements;
    }

    @XmlType(name = "LegalReference", propOrder = {"title", "docNumber", "provision", "text"})
    static final class XReference extends Strict {
        String title;
        String docNumber;
        String provision;
        String text;
    }

    @XmlType(name = "Deadline", propOrder = {"trigger", "triggerText", "recurrence", "year", "amount", "unit", "month", "day",
        "endOfMonth", "text", "conditions"})
    static final class XDeadline extends Strict {
        @XmlAttribute
        String type;
        String trigger;
        String triggerText;
        String recurrence;
        String year;
        String amount;
        String unit;
        String month;
        String day;
        String endOfMonth;
        String text;
        @XmlElementWrapper(name = "conditions")
        @XmlElement(name = "condition")
        List<XCondition> conditions;
    }

    @XmlType(name = "Condition", propOrder = {"when", "deadline"})
    static final class XCondition extends Strict {
        String when;
        XDeadline deadline;
    }

    @XmlType(name = "Duration", propOrder = {"amount", "unit", "text"})
    static final class XDuration extends Strict {
        @XmlAttribute
        String type;
        String amount;
        String unit;
        String text;
    }

    @XmlType(name = "Audience", propOrder = {"scope", "description"})
    static final class XAudience extends Strict {
        String scope;
        String description;
    }

    @XmlType(name = "Channel", propOrder = {"type", "name", "url"})
    static final class XChannel extends Strict {
        String type;
        String name;
        String url;
    }

    @XmlType(name = "Responsibility", propOrder = {"unit", "person", "contact"})
    static final class XResponsibility extends Strict {
        String unit;
        String person;
        String contact;
    }

    /** The classes a JAXB context needs (the others are reachable from these). */
    static final Class<?>[] ROOTS = {XEntry.class, XOrganization.class, XRegion.class};
}
