package org.gkml.catalog.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import org.gkml.catalog.io.WireFormat;
import org.junit.jupiter.api.Test;

/** JAXB's element order is written as annotation constants: it must be the wire format's order. */
class XmlBindingOrderTest {

    private static List<String> order(Class<?> c) {
        return List.of(c.getAnnotation(XmlType.class).propOrder());
    }

    @Test
    void elementOrder_isTheWireFormatsOrder() {
        assertEquals(WireFormat.ENTRY, order(XmlBinding.XEntry.class));
        assertEquals(WireFormat.ORGANIZATION, order(XmlBinding.XOrganization.class));
        assertEquals(WireFormat.REGION, order(XmlBinding.XRegion.class));
        assertEquals(WireFormat.CONTENT, order(XmlBinding.XContent.class));
        assertEquals(WireFormat.LEGAL_REFERENCE, order(XmlBinding.XReference.class));
        assertEquals(WireFormat.AUDIENCE, order(XmlBinding.XAudience.class));
        assertEquals(WireFormat.CHANNEL, order(XmlBinding.XChannel.class));
        assertEquals(WireFormat.CONDITION, order(XmlBinding.XCondition.class));
        assertEquals(WireFormat.RESPONSIBILITY, order(XmlBinding.XResponsibility.class));
    }
}
