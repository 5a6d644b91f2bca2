package org.gkml.catalog.io.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** The one JAXB context of the binding classes, created on first use (creation is costly; the context is thread-safe). */
final class Jaxb {

    private Jaxb() {
    }

    private static final class Holder {
        static final JAXBContext CONTEXT;

        static {
            try {
                CONTEXT = JAXBContext.newInstance(XmlBinding.ROOTS);
            } catch (JAXBException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    static JAXBContext context() {
        return Holder.CONTEXT;
    }
}
