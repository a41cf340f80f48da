package app.briefings.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import app.briefings.event.Event;
import app.briefings.event.EventRepository;
import app.briefings.graphql.BatchLookup;
import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import app.briefings.official.Position;
import app.briefings.official.PositionsOnDay;
import app.briefings.operation.Operation;
import app.briefings.operation.OperationRepository;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;
import app.briefings.place.Place;
import app.briefings.place.PlaceRepository;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Resolves quote speakers and mentioned entities for all briefings of a page at once. */
@Controller
class QuoteAndMentionController {

	private final OfficialRepository officials;

	private final OrganizationRepository organizations;

	private final OperationRepository operations;

	private final PlaceRepository places;

	private final EventRepository events;

	QuoteAndMentionController(OfficialRepository officials, OrganizationRepository organizations,
			OperationRepository operations, PlaceRepository places, EventRepository events) {
		this.officials = officials;
		this.organizations = organizations;
		this.operations = operations;
		this.places = places;
		this.events = events;
	}

	@SchemaMapping(typeName = "Quote", field = "speaker")
	CompletableFuture<@Nullable Official> speaker(Quote quote, DataFetchingEnvironment environment) {
		return OfficialsById.one(quote.speakerId(), environment);
	}

	@BatchMapping(typeName = "Quote", field = "speakerPosition")
	Map<Quote, Position> speakerPosition(List<Quote> quotes) {
		Map<Quote, Official> speakers = BatchLookup.one(quotes, Quote::speakerId, this.officials::findByIdIn,
				Official::id);
		Map<Quote, Position> positions = new HashMap<>();
		speakers.forEach((quote, official) -> PositionsOnDay.heldOn(official.positions(), quote.spokenOn())
			.ifPresent((position) -> positions.put(quote, position)));
		return positions;
	}

	@BatchMapping(typeName = "Mention")
	Map<Mention, Object> entity(List<Mention> mentions) {
		Map<MentionedEntityType, List<Mention>> byType = new HashMap<>();
		for (Mention mention : mentions) {
			byType.computeIfAbsent(mention.entityType(), (type) -> new ArrayList<>()).add(mention);
		}
		Map<Mention, Object> entities = new HashMap<>();
		byType.forEach((type, ofType) -> entities.putAll(lookUp(type, ofType)));
		return entities;
	}

	private Map<Mention, ?> lookUp(MentionedEntityType type, List<Mention> mentions) {
		Function<Mention, String> idOf = Mention::entityId;
		return switch (type) {
			case OFFICIAL -> BatchLookup.one(mentions, idOf, this.officials::findByIdIn, Official::id);
			case ORGANIZATION -> BatchLookup.one(mentions, idOf, this.organizations::findByIdIn, Organization::id);
			case OPERATION -> BatchLookup.one(mentions, idOf, this.operations::findByIdIn, Operation::id);
			case PLACE -> BatchLookup.one(mentions, idOf, this.places::findByIdIn, Place::id);
			case EVENT -> BatchLookup.one(mentions, idOf, this.events::findByIdIn, Event::id);
		};
	}

}
