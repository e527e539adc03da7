package org.cocworkflow.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library, applied in each value package's {@code package-info.java}.
 *
 * <p>Staged builders make a missing required attribute a compile error; only JDK collections are used; attributes
 * marked {@link Value.Redacted} (everything that holds case content: names, contacts, identifiers, free text)
 * print as {@code [redacted]} in {@code toString()}, so case content cannot leak through logs or exception messages.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        stagedBuilder = true,
        jdkOnly = true,
        redactedMask = "[redacted]",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        optionalAcceptNullable = false,
        clearBuilder = false,
        // Only what is named here may be picked up from the class path. This keeps Immutables' own @Generated
        // (whose jar is compile-time only) off the generated classes, so that embedders compiling against
        // coc-core with -Xlint see no warnings about a missing annotation type.
        allowedClasspathAnnotations = {Override.class})
public @interface CocStyle {
}
