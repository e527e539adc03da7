/**
 * Everything an organizer can do on a case, as typed values: the vocabulary the rules suggest from, the guards
 * check and the case file records.
 *
 * <p>Messages are typed by intent ({@link org.cocworkflow.core.action.MessageIntent}), so what a message is for
 * is explicit and checkable. Each action lists the parties it names; free text is redacted from
 * {@code toString()}.
 */
@CocStyle
package org.cocworkflow.core.action;

import org.cocworkflow.core.CocStyle;
