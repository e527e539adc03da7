/**
 * What a reporter tells the organizers: a description of the conduct, when and where it happened, the
 * circumstances, the people involved, evidence, confidentiality wishes and the actions the reporter asks for.
 *
 * <p>The fields follow seed 003 ("Receiving a Complaint") and seed 004 ("How to Report", "Sample Written Report",
 * "Example Actions to Request" and "Other Avenues"). A {@link org.cocworkflow.core.report.Report} is checked for
 * structural consistency when built; it opens a {@link org.cocworkflow.core.casefile.CaseFile case file}.
 */
@CocStyle
package org.cocworkflow.core.report;

import org.cocworkflow.core.CocStyle;
