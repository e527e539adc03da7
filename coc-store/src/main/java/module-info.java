/**
 * Record keeping for the CoC workflow library over JDBC: encrypted, hash-chained case files, the ban list and
 * screening, retention and cross-chapter patterns. Uses {@code java.sql} only; the embedder puts a JDBC driver on
 * the module path (H2 and PostgreSQL's drivers are automatic modules that provide {@code java.sql.Driver}, found by
 * {@code DriverManager}). Exports its API only, never {@code org.cocworkflow.store.internal}; depends on coc-core
 * alone, never on coc-rules or Drools.
 */
// Immutables' annotations come from an automatic module; they are needed at compile time only.
@SuppressWarnings("requires-automatic")
module org.cocworkflow.store {
    requires transitive org.cocworkflow.core;
    requires transitive java.sql;
    requires static org.immutables.value.annotations;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    exports org.cocworkflow.store;
    exports org.cocworkflow.store.ban;
    exports org.cocworkflow.store.crypto;
    exports org.cocworkflow.store.pattern;
    exports org.cocworkflow.store.retention;

    // A ChapterShare is sent to the global organization as JSON; Jackson binds its generated implementation.
    opens org.cocworkflow.store.pattern to com.fasterxml.jackson.databind;
}
