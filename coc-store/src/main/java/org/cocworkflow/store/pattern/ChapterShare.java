package org.cocworkflow.store.pattern;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocworkflow.core.casefile.CaseId;
import org.cocworkflow.core.identity.IdentityKey;
import org.immutables.value.Value;

/**
 * What a chapter shares with its global organization about one case: the identity keys of the accused, computed
 * under the organization-wide secret, and the case reference the global organization can ask the chapter about.
 * No content, no raw identifier, nothing about the victim or the reporter (seed 003, "Informing PyLadies Global").
 *
 * <p>Made by {@code CaseStore.shareForGlobal}; sent to the global organization however the chapters reach it (it
 * serializes with Jackson, given the JDK 8 and Java time modules). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChapterShare.class)
@JsonDeserialize(as = ImmutableChapterShare.class)
public interface ChapterShare {
    /** @return the chapter's id, e.g. {@code "berlin"} */
    String chapter();

    /** @return the chapter's case reference */
    CaseId caseRef();

    /** @return the identity keys of the case's accused, under the global organization's secret */
    Set<IdentityKey> keys();

    /** @return when the chapter made the share */
    Instant sharedAt();

    @Value.Check
    default void check() {
        if (!Shapes.ID.matcher(chapter()).matches()) {
            throw new IllegalArgumentException("a chapter id must be 1 to 64 letters, digits or . _ : -, starting "
                    + "with a letter or digit");
        }
    }

    /** The shape of chapter ids, which appear in the global organization's registry. */
    final class Shapes {
        static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

        private Shapes() {
        }
    }
}
