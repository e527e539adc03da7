/**
 * JMH benchmarks of the advisor of coc-rules, each with its floor in the same class so that both run in the same
 * JVM build and the same run: warm advice against a bare pooled Drools session, two threads against one, and the
 * reload of an edited edition against a bare DRL compile.
 */
package org.cocworkflow.bench.rules;
