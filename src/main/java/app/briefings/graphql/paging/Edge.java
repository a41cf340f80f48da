package app.briefings.graphql.paging;

/** A node of a {@link Connection} with its cursor. */
public record Edge<T>(String cursor, T node) {

}
