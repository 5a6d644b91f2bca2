package org.gkml.catalog.io.internal;

/**
 * Seeds for the hash tables that hold keys taken from a file (codes, cell texts), drawn once a run so that a file
 * cannot be written whose keys all land in one place of a table. Drawn from the clocks and an object's identity hash
 * (per-thread random state), mixed: what an adversary would need to know ahead is the nanosecond the class was
 * initialised; a {@link java.security.SecureRandom} would cost a first answer about 8 ms (its providers and digests
 * start) for no protection a remote sender could tell apart.
 */
public final class HashSeed {

    private HashSeed() {
    }

    private static long state = mix(System.nanoTime()) ^ mix(System.currentTimeMillis() * 31 + System.identityHashCode(new Object()));

    /** A new seed, different at each call and each run. */
    public static synchronized long next() {
        state += 0x9e3779b97f4a7c15L;
        return mix(state ^ System.nanoTime());
    }

    /** Stafford's variant 13 of the 64-bit finaliser: each input bit changes about half the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
