/**
 * Cross-chapter pattern detection for a global organization (seed 003, "Informing PyLadies Global": the global
 * organization looks for a pattern of behavior, such as a repeat harasser who moves locations).
 *
 * <p>Chapters share only identity keys and case references
 * ({@link org.cocworkflow.store.pattern.ChapterShare}), computed under a secret the global organization gives every
 * chapter for this purpose; a {@link org.cocworkflow.store.pattern.PatternRegistry} run by the global organization
 * tells it when two chapters have reports about the same person, without either report's content, and tells the
 * chapters nothing about each other.
 */
@CocStyle
package org.cocworkflow.store.pattern;

import org.cocworkflow.core.CocStyle;
