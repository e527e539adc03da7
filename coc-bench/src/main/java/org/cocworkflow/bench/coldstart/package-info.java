/**
 * The first advice in a fresh JVM, timed from the parent process: {@link org.cocworkflow.bench.coldstart.FirstAdvice}
 * is the program, {@link org.cocworkflow.bench.coldstart.Hello} its floor, and
 * {@link org.cocworkflow.bench.coldstart.ColdStartDriver} launches both, with the JVM options worth trying, and
 * writes the medians. Not JMH: JMH times code inside a JVM that is already running.
 */
package org.cocworkflow.bench.coldstart;
