/** The Drools machinery behind the advisor and the author's kit; not part of the API. */
package org.cocworkflow.rules.internal;
