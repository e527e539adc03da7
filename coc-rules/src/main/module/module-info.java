/**
 * The rules of the CoC workflow library: the advisor over Drools, policy editions in DRL, scenario files and the rule
 * author's tool. Exports its API only; the Drools machinery stays in {@code org.cocworkflow.rules.internal}.
 *
 * <p>Drools 10.2 has no module descriptors: its jars are automatic modules (they carry an
 * {@code Automatic-Module-Name}, and no two of them share a package). See the package documentation of
 * {@link org.cocworkflow.rules} for what an application on the module path must do.
 */
// Drools and KIE are automatic modules; nothing of them appears in this module's API. The wiring modules named in the
// qualified export below are not required, so they are not resolved when this module compiles ("module").
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module org.cocworkflow.rules {
    requires transitive org.cocworkflow.core;
    requires static org.immutables.value.annotations;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires org.kie.api;
    requires org.kie.internal.api;
    requires org.drools.kiesession;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;

    exports org.cocworkflow.rules;
    exports org.cocworkflow.rules.edition;
    exports org.cocworkflow.rules.facts;
    exports org.cocworkflow.rules.scenario;
    exports org.cocworkflow.rules.screening;
    exports org.cocworkflow.rules.tool;

    // Drools creates each session's consequence handler (internal.ContainedConsequences) by its class name, through
    // the wiring modules; nobody else reads the internal package.
    exports org.cocworkflow.rules.internal to org.drools.wiring.api, org.drools.wiring.dynamic,
            org.drools.wiring.statics;
}
