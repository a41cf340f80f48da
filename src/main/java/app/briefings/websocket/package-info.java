/**
 * graphql-ws sockets: who may open one and how many, which key each operation on it runs
 * with, and when an idle socket or one whose key was revoked is closed.
 */
@NullMarked
package app.briefings.websocket;

import org.jspecify.annotations.NullMarked;
