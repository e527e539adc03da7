/**
 * The judgements a response rests on: the response path (seed 003, "Responding to a Complaint"), the gravity
 * ladder used to weigh sanctions, the safety assessment, the victim's wish about further action, the finding and
 * the outcome of an appeal. Rules suggest these; organizers record them as case events.
 */
@CocStyle
package org.cocworkflow.core.response;

import org.cocworkflow.core.CocStyle;
