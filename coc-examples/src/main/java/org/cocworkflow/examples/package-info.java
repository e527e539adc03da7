/**
 * Runnable examples of embedding the library: sample reports as JSON, the demo the README runs first, and the
 * embedding snippet the README shows.
 */
package org.cocworkflow.examples;
