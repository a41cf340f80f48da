/**
 * API keys, who may read and call what, and the audit log of mutations.
 */
@NullMarked
package app.briefings.security;

import org.jspecify.annotations.NullMarked;
