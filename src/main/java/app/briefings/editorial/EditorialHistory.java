package app.briefings.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.Cursor;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.security.MutationAudited;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The editorial part of the audit trail, kept in {@code editorialHistory} so that editors
 * can ask what happened to an entity or a briefing: every audited call of an editorial
 * mutation, refused ones included, newest first.
 */
@Component
class EditorialHistory {

	static final Set<String> OPERATIONS = Set.of("reviewEntity", "addEntityAlias", "removeEntityAlias",
			"acceptCandidate", "dismissCandidate", "correctQuoteSpeaker", "dismissSpeakerFix", "mergeEntities",
			"unmergeEntities", "createEntity", "unlinkMention", "reextractDocuments");

	private final MongoOperations mongo;

	EditorialHistory(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@EventListener
	void onAudited(MutationAudited audited) {
		if (!OPERATIONS.contains(audited.operation())) {
			return;
		}
		this.mongo.insert(new EditorialAction(UUID.randomUUID().toString(), audited.at(), audited.keyId(),
				audited.partner(), audited.operation(), audited.targetIds(), arguments(audited), audited.outcome()));
	}

	/** The calls naming any of these global IDs, newest first. */
	Connection<EditorialAction> about(List<String> globalIds, PageRequest page) {
		Criteria naming = Criteria.where(EditorialFields.TARGET_IDS).in(globalIds);
		Query query = new Query(naming)
			.with(Sort.by(Sort.Order.desc(EditorialFields.AT), Sort.Order.asc(EditorialFields.ID)))
			.limit(page.fetchSize());
		if (page.after() != null) {
			query.addCriteria(after(page.after()));
		}
		return Connection.of(this.mongo.find(query, EditorialAction.class), page,
				(action) -> Cursor.encode(String.valueOf(action.at().toEpochMilli()), action.id()),
				TotalCount.of(() -> this.mongo.count(new Query(naming), EditorialAction.class)));
	}

	private static Criteria after(String cursor) {
		List<String> keys = Cursor.decode(cursor, 2);
		Date at;
		try {
			at = Date.from(Instant.ofEpochMilli(Long.parseLong(keys.get(0))));
		}
		catch (NumberFormatException ex) {
			throw Cursor.invalid(cursor);
		}
		return new Criteria().orOperator(Criteria.where(EditorialFields.AT).lt(at),
				Criteria.where(EditorialFields.AT).is(at).and(EditorialFields.ID).gt(keys.get(1)));
	}

	private static List<EditorialAction.Argument> arguments(MutationAudited audited) {
		List<EditorialAction.Argument> arguments = new ArrayList<>();
		audited.arguments()
			.forEach((name, value) -> arguments.add(new EditorialAction.Argument(name, String.valueOf(value))));
		return arguments;
	}

}
