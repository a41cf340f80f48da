package app.briefings.knowledgebase;

/**
 * Published once the curated knowledge base is in the database, before the server takes
 * requests.
 */
public record CuratedKnowledgeBaseImported(int entityCount) {

}
