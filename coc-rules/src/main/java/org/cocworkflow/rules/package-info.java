/**
 * The rules: an {@link org.cocworkflow.rules.Advisor} reads a case and suggests what the organizers should do
 * next, following the procedure of seed 003 as written in the DRL files of a policy edition. Every suggestion has
 * passed the guards of coc-core before it leaves; a suggestion a guard refuses comes back as a
 * {@link org.cocworkflow.rules.RuleDefect rule defect} instead (invariant I11), unless only someone's consent holds
 * it back: then the advice asks for the consent and lists the action as
 * {@link org.cocworkflow.rules.WaitingForConsent waiting for it} (issue 15).
 *
 * <p>Its public signatures use coc-core types and its own; no Drools type appears in them.
 *
 * <p><b>On the module path.</b> The module {@code org.cocworkflow.rules} exports its API packages and keeps
 * {@code org.cocworkflow.rules.internal} closed. Drools 10.2 has no module descriptors, but each of its jars names an
 * automatic module and no two of them share a package, so it runs on the module path as automatic modules, with no
 * {@code --add-opens}, {@code --add-exports} or {@code --add-modules}. An application on the module path:
 * <ul>
 *   <li>puts coc-core, coc-rules and all their runtime dependencies (Drools, Jackson, SLF4J) on the module path,
 *   Drools included: a named module cannot read the class path. Requiring {@code org.cocworkflow.rules} resolves the
 *   Drools modules it names, and with them every automatic module on the path, such as drools-mvel and the wiring
 *   modules Drools only finds through {@link java.util.ServiceLoader}. Automatic modules may use any service and
 *   offer what their {@code META-INF/services} list, so Drools finds its services as on the class path; of its two
 *   wiring providers it picks by priority, not by the (unspecified) order of the module path;</li>
 *   <li>has {@code org.immutables:value-annotations} on its compile-time module path (coc-core reads it
 *   {@code requires static transitive}); it is not needed at run time;</li>
 *   <li>writes DRL against exported packages only: the classes Drools generates at run time (consequences, and
 *   the evaluators it compiles for frequently used constraints) live in unnamed modules of its own class loaders,
 *   so a type a rule names must be in a package its module exports to everyone (all of coc-core's API and
 *   {@code org.cocworkflow.rules}, {@code .facts}, {@code .screening} are); an export qualified to a Drools module is
 *   not enough.</li>
 * </ul>
 * The shipped model is loaded by this module itself from the index kie-maven-plugin writes, not from a
 * {@code kmodule.xml}, so drools-xml-support is not needed on either path. {@code ModulePathTest} in coc-examples
 * runs an application this way: advice from the shipped model, DRL compiled at run time (the shipped files and an
 * author's rule that then fires), the store's guards, and the internal packages closed to it.
 */
@CocStyle
package org.cocworkflow.rules;

import org.cocworkflow.core.CocStyle;
