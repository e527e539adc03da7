/**
 * The people in a case: who reported, who was targeted, who is accused, who witnessed, and who handles it.
 *
 * <p>Seed 003 ("Receiving a Complaint", "Meeting") asks for the identifying information of the person accused,
 * the other people involved, how to contact the reporter, and who in the response group has a conflict of
 * interest. A {@link org.cocworkflow.core.party.Party} carries all of that; everything that identifies a person is
 * {@link org.immutables.value.Value.Redacted redacted} from {@code toString()}.
 */
@CocStyle
package org.cocworkflow.core.party;

import org.cocworkflow.core.CocStyle;
