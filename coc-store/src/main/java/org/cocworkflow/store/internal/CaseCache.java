package org.cocworkflow.store.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocworkflow.core.casefile.CaseFile;
import org.cocworkflow.core.casefile.CaseId;

/**
 * The case files this store wrote or read last, with the head of their hash chain and their derived rows, so that an
 * append on a case file the store knows needs no re-reading of the case. The database stays the judge: an append
 * still checks the stored version and head. Thread-safe (synchronized; the work inside is a map access).
 */
final class CaseCache {
    /** A case file as stored: the file, the head of its chain, and its rows once computed. */
    record Known(CaseFile file, byte[] head, CaseRows rows) {
    }

    private final int capacity;
    private final Map<CaseId, Known> entries;

    CaseCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<CaseId, Known> eldest) {
                return size() > CaseCache.this.capacity;
            }
        };
    }

    synchronized Known get(CaseId id) {
        return entries.get(id);
    }

    synchronized void put(Known known) {
        if (capacity > 0) {
            Known present = entries.get(known.file().id());
            // Never replace a longer file with a shorter one read by a slower thread.
            if (present == null || present.file().version() <= known.file().version()) {
                entries.put(known.file().id(), known);
            }
        }
    }

    synchronized void remove(CaseId id) {
        entries.remove(id);
    }

    synchronized void clear() {
        entries.clear();
    }
}
