/**
 * The versioned JSON format for reports and case files (documented in {@code docs/json-format.md}).
 *
 * <p>{@link org.cocworkflow.core.json.CocJson} reads and writes documents whose {@code format} field names the
 * kind and version ({@code coc-report/1}, {@code coc-case-file/2}, {@code coc-action/2}; version 1 of case files
 * and actions is still read). Reading is strict: unknown fields and types, wrong types, missing parts and impossible
 * case files are all refused with one
 * {@link org.cocworkflow.core.InvalidDocumentException} that lists every problem by JSON path, and never quotes the
 * offending values. Intake limits on size, nesting depth and string length are explicit
 * ({@link org.cocworkflow.core.json.JsonLimits}). Polymorphic types use explicit subtype lists, never default
 * typing.
 */
@CocStyle
package org.cocworkflow.core.json;

import org.cocworkflow.core.CocStyle;
