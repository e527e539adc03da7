/**
 * The pure domain of the CoC workflow library: reports, parties, consent, sanctions, typed actions, the case file
 * and its JSON format. No I/O, no clock, no rule engine.
 */
// Immutables' annotations come from an automatic module; they are needed at compile time only.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.cocworkflow.core {
    requires static transitive org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports org.cocworkflow.core;
    exports org.cocworkflow.core.action;
    exports org.cocworkflow.core.apology;
    exports org.cocworkflow.core.casefile;
    exports org.cocworkflow.core.consent;
    exports org.cocworkflow.core.edition;
    exports org.cocworkflow.core.guard;
    exports org.cocworkflow.core.history;
    exports org.cocworkflow.core.identity;
    exports org.cocworkflow.core.json;
    exports org.cocworkflow.core.party;
    exports org.cocworkflow.core.report;
    exports org.cocworkflow.core.response;
    exports org.cocworkflow.core.retention;
    exports org.cocworkflow.core.sanction;
    exports org.cocworkflow.core.screening;
    exports org.cocworkflow.core.view;

    // Jackson binds the generated immutable implementations by reflection.
    opens org.cocworkflow.core.action to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.casefile to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.consent to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.edition to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.identity to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.json to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.party to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.report to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.response to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.retention to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.sanction to com.fasterxml.jackson.databind;
    opens org.cocworkflow.core.view to com.fasterxml.jackson.databind;
}
