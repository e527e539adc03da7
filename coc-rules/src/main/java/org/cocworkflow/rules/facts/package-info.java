/**
 * The vocabulary of rule authors beyond the coc-core values: the facts the advisor inserts besides the case's own
 * ({@link org.cocworkflow.rules.facts.Now}, {@link org.cocworkflow.rules.facts.Deadline}), the intermediate facts
 * rules may infer ({@link org.cocworkflow.rules.facts.GravityFactor}), and the {@code suggest} global rules call in
 * their consequences ({@link org.cocworkflow.rules.facts.Suggestions}).
 *
 * <p>Every rule carries two metadata annotations, each one double-quoted string: {@code @cite("...")}, the
 * procedure section it follows, and {@code @why("...")}, the reason shown to people with its suggestions.
 */
@CocStyle
package org.cocworkflow.rules.facts;

import org.cocworkflow.core.CocStyle;
