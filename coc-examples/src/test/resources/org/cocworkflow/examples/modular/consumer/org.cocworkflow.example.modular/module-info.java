/** A small application on the module path: it records and advises a case with coc-core, coc-rules and coc-store. */
module org.cocworkflow.example.modular {
    requires org.cocworkflow.rules;
    requires org.cocworkflow.store;
}
