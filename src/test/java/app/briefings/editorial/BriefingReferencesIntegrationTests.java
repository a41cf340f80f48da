package app.briefings.editorial;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import app.briefings.IntegrationTest;
import app.briefings.editorial.EntityKind.EntityId;
import app.briefings.sync.BriefingChangeLog;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

/**
 * A merge rewrites whole arrays of a briefing; a change written to the briefing between
 * the merge's read and its write (a re-extraction adding an official) must survive it.
 */
@IntegrationTest
class BriefingReferencesIntegrationTests {

	private static final EntityId MERGED = new EntityId(EntityKind.OFFICIAL, "br-merged");

	@Autowired
	MongoOperations mongo;

	@Test
	void shouldKeepAChangeWrittenBetweenItsReadAndItsRewrite() {
		Query byId = new Query(Criteria.where("_id").is("br-raced"));
		this.mongo.remove(byId, "briefings");
		this.mongo.insert(
				new Document("_id", "br-raced").append("documentId", "d-br-raced")
					.append("version", 1)
					.append("officialIds", List.of("br-merged", "br-other"))
					.append("mentions", List.of(mention("br-merged"), mention("br-other")))
					.append("quotes", List.of(new Document("text", "We agreed").append("speakerId", "br-merged"))),
				"briefings");
		MongoOperations racing = spy(this.mongo);
		AtomicBoolean raced = new AtomicBoolean();
		willAnswer((invocation) -> {
			if (raced.compareAndSet(false, true)) {
				this.mongo.updateFirst(byId,
						new Update().push("officialIds", "br-newcomer").push("mentions", mention("br-newcomer")),
						"briefings");
			}
			return invocation.callRealMethod();
		}).given(racing)
			.findAndModify(any(Query.class), any(UpdateDefinition.class), any(FindAndModifyOptions.class),
					eq(Document.class), eq("briefings"));

		BriefingEdits edits = new BriefingEdits(racing, mock(ApplicationEventPublisher.class),
				mock(BriefingChangeLog.class), Clock.systemUTC());
		new BriefingReferences(racing, edits).replace(MERGED, "br-survivor");

		Document stored = this.mongo.findOne(byId, Document.class, "briefings");
		assertThat(stored.getList("officialIds", String.class)).containsExactly("br-survivor", "br-other",
				"br-newcomer");
		assertThat(stored.getList("mentions", Document.class)).extracting((mention) -> mention.getString("entityId"))
			.containsExactly("br-survivor", "br-other", "br-newcomer");
		assertThat(stored.getList("quotes", Document.class)).extracting((quote) -> quote.getString("speakerId"))
			.containsExactly("br-survivor");
	}

	private static Document mention(String entityId) {
		return new Document("entityType", "OFFICIAL").append("entityId", entityId)
			.append("surface", entityId)
			.append("spans", List.of(new Document("start", 0).append("end", 5)))
			.append("confidence", 0.9);
	}

}
