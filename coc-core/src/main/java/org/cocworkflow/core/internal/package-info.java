/** Helpers shared by the core packages; not part of the API. */
package org.cocworkflow.core.internal;
