/** The Briefings API application: one top-level package per feature below this one. */
@NullMarked
package app.briefings;

import org.jspecify.annotations.NullMarked;
