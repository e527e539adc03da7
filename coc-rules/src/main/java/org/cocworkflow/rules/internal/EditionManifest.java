package org.cocworkflow.rules.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cocworkflow.core.CocStyle;
import org.cocworkflow.core.edition.EditionSettings;
import org.immutables.value.Value;

/**
 * The {@code edition.json} of an edition: {@code {"format": "coc-edition/1", "id", "effectiveFrom",
 * "description"?, "base"?, "settings"?, "files"?}}. {@code base} is {@code shipped} (the default: the edition adds
 * to or overrides the shipped files) or {@code none}; {@code files} lists the DRL files of an edition on the class
 * path, where a directory cannot be listed.
 */
@CocStyle
@Value.Immutable
public interface EditionManifest {
    /** The format this reader accepts. */
    String FORMAT = "coc-edition/1";

    /** @return the format, {@value #FORMAT} */
    String format();

    /** @return the edition's id */
    String id();

    /** @return when the edition comes into force */
    Instant effectiveFrom();

    /** @return a short description */
    Optional<String> description();

    /** @return what the edition builds on: {@code shipped} or {@code none} */
    Optional<String> base();

    /** @return the settings; defaults for what is left out */
    Optional<EditionSettings> settings();

    /** @return the DRL files, for an edition on the class path */
    List<String> files();
}
