/**
 * The rule author's command-line tool: {@code advise} on a case, {@code check} an edition directory, {@code test}
 * an edition against scenario files. {@code bin/coc-rules} runs it; {@code docs/rule-authoring.md} describes the
 * workflow.
 */
@CocStyle
package org.cocworkflow.rules.tool;

import org.cocworkflow.core.CocStyle;
