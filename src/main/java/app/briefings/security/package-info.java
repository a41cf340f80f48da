/**
 * API keys and who may call what.
 */
@NullMarked
package app.briefings.security;

import org.jspecify.annotations.NullMarked;
