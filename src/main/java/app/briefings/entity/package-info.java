/**
 * What every knowledge-base entity shares: its review status.
 */
@NullMarked
package app.briefings.entity;

import org.jspecify.annotations.NullMarked;
