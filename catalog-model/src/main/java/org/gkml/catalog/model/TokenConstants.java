package org.gkml.catalog.model;

/** The constants of each token type, cached: {@code getEnumConstants()} copies the array on every call. */
final class TokenConstants {

    static final ClassValue<Object[]> OF = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private TokenConstants() {
    }
}
