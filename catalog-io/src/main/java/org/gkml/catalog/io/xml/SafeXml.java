package org.gkml.catalog.io.xml;

import javax.xml.stream.XMLInputFactory;

/** The one hardened StAX factory of the SDK (also used by the sheet readers): the JDK's own implementation with DTDs and external entities off. */
public final class SafeXml {

    private SafeXml() {
    }

    /**
     * A new input factory. The JDK implementation is pinned ({@code newDefaultFactory}) so that another StAX
     * provider on the class path (aalto, woodstox) cannot weaken it.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
