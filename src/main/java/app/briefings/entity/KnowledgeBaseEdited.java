package app.briefings.entity;

import java.util.List;

/**
 * Published once an editor's change to the knowledge base is stored, so that extraction
 * links by the names as they are now.
 *
 * @param entityIds the stored ids of the entities changed
 */
public record KnowledgeBaseEdited(List<String> entityIds) {

	public KnowledgeBaseEdited {
		entityIds = List.copyOf(entityIds);
	}

}
