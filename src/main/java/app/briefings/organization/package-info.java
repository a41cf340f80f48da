/**
 * Organizations: international bodies, their organs, agencies, groups and media.
 */
@NullMarked
package app.briefings.organization;

import org.jspecify.annotations.NullMarked;
