/** The machinery behind {@link org.cocworkflow.core.json.CocJson}; not part of the API. */
package org.cocworkflow.core.json.internal;
