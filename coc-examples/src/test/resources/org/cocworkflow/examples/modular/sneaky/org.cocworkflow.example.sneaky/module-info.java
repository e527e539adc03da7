/** An application that tries to compile against the libraries' internal packages; the compiler must refuse it. */
module org.cocworkflow.example.sneaky {
    requires org.cocworkflow.rules;
    requires org.cocworkflow.store;
}
