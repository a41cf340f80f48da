package app.briefings.briefing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import app.briefings.event.Event;
import app.briefings.event.EventRepository;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.Connection;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.graphql.paging.TotalCount;
import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import app.briefings.operation.Operation;
import app.briefings.operation.OperationRepository;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;
import app.briefings.place.Place;
import app.briefings.place.PlaceRepository;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The briefing feed and the entities each briefing links to, one query per relation and
 * page.
 */
@Controller
class BriefingController {

	private final BriefingRepository briefings;

	private final OrganizationRepository organizations;

	private final OperationRepository operations;

	private final PlaceRepository places;

	private final EventRepository events;

	private final RetractedBriefingReaders readers;

	private final FeedFilters filters;

	BriefingController(BriefingRepository briefings, OfficialRepository officials, OrganizationRepository organizations,
			OperationRepository operations, PlaceRepository places, EventRepository events,
			RetractedBriefingReaders readers, FeedFilters filters, BatchLoaderRegistry registry) {
		this.readers = readers;
		this.filters = filters;
		this.briefings = briefings;
		OfficialsById.register(registry, officials);
		this.organizations = organizations;
		this.operations = operations;
		this.places = places;
		this.events = events;
	}

	@QueryMapping
	Connection<Briefing> briefings(PageRequest page, @Argument @Nullable BriefingFilter filter) {
		FeedCriteria criteria = this.filters.criteriaOf(filter);
		return Connection.of(this.briefings.findFeedPage(criteria, page), page, FeedCursor::of,
				TotalCount.of(() -> this.briefings.countFeed(criteria)));
	}

	@SchemaMapping(typeName = "Briefing", field = "version")
	int version(Briefing briefing) {
		return briefing.revision();
	}

	@QueryMapping
	@Nullable Briefing briefing(@Argument String id) {
		return this.briefings.findById(GlobalId.decode(id, "Briefing")).map(this.readers::asSeenByCaller).orElse(null);
	}

	@SchemaMapping(typeName = "Briefing", field = "officials")
	CompletableFuture<List<Official>> officials(Briefing briefing, DataFetchingEnvironment environment) {
		return OfficialsById.many(briefing.officialIds(), environment);
	}

	@BatchMapping
	List<List<Organization>> organizations(List<Briefing> briefings) {
		return BatchLookup.many(briefings, Briefing::organizationIds, this.organizations::findByIdIn, Organization::id);
	}

	@BatchMapping
	List<List<Operation>> operations(List<Briefing> briefings) {
		return BatchLookup.many(briefings, Briefing::operationIds, this.operations::findByIdIn, Operation::id);
	}

	@BatchMapping
	List<List<Place>> places(List<Briefing> briefings) {
		return BatchLookup.many(briefings, Briefing::placeIds, this.places::findByIdIn, Place::id);
	}

	@BatchMapping
	List<List<Event>> events(List<Briefing> briefings) {
		return BatchLookup.many(briefings, Briefing::eventIds, this.events::findByIdIn, Event::id);
	}

}
