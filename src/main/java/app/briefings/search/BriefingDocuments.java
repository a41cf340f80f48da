package app.briefings.search;

import java.util.List;

import app.briefings.briefing.Briefing;
import app.briefings.briefing.Mention;
import app.briefings.briefing.Quote;
import org.jspecify.annotations.Nullable;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a briefing into the Lucene document that indexes it: analyzed text, the names it
 * mentions, and exact-match fields for the feed filters.
 */
final class BriefingDocuments {

	private BriefingDocuments() {
	}

	static Document of(Briefing briefing) {
		Document document = new Document();
		document.add(new StringField(SearchFields.ID, briefing.id(), Field.Store.YES));
		document.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(briefing.id())));
		document.add(new NumericDocValuesField(SearchFields.VERSION, briefing.revision()));
		addText(document, briefing);
		addNames(document, briefing);
		addExact(document, SearchFields.OFFICIAL, briefing.officialIds());
		addExact(document, SearchFields.ORGANIZATION, briefing.organizationIds());
		addExact(document, SearchFields.OPERATION, briefing.operationIds());
		addExact(document, SearchFields.PLACE, briefing.placeIds());
		addExact(document, SearchFields.SOURCE, briefing.source().name());
		addExact(document, SearchFields.LANGUAGE, briefing.language());
		document.add(new LongPoint(SearchFields.PUBLISHED_AT, briefing.publishedAt().toEpochMilli()));
		return document;
	}

	private static void addText(Document document, Briefing briefing) {
		document.add(new StoredField(SearchFields.TITLE, briefing.title()));
		document.add(new StoredField(SearchFields.BODY, briefing.body()));
		document.add(new TextField(SearchFields.TITLE_EN, briefing.title(), Field.Store.NO));
		document.add(new TextField(SearchFields.TITLE_RU, briefing.title(), Field.Store.NO));
		document.add(new TextField(SearchFields.BODY_EN, briefing.body(), Field.Store.NO));
		document.add(new TextField(SearchFields.BODY_RU, briefing.body(), Field.Store.NO));
	}

	private static void addNames(Document document, Briefing briefing) {
		for (Mention mention : briefing.mentions()) {
			document.add(new TextField(SearchFields.NAMES, mention.surface(), Field.Store.NO));
		}
		for (Quote quote : briefing.quotes()) {
			addName(document, quote.speakerName());
		}
	}

	private static void addName(Document document, @Nullable String name) {
		if (name != null) {
			document.add(new TextField(SearchFields.NAMES, name, Field.Store.NO));
		}
	}

	private static void addExact(Document document, String field, List<String> values) {
		for (String value : values) {
			document.add(new StringField(field, value, Field.Store.NO));
		}
	}

	private static void addExact(Document document, String field, @Nullable String value) {
		if (value != null) {
			document.add(new StringField(field, value, Field.Store.NO));
		}
	}

}
