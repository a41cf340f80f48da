/**
 * What every knowledge-base entity shares: its review status, name-ordered paging and the
 * redirects that merges leave.
 */
@NullMarked
package app.briefings.entity;

import org.jspecify.annotations.NullMarked;
