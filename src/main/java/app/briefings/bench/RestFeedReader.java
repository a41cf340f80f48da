package app.briefings.bench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.briefings.bench.RestFeed.FeedBriefing;
import app.briefings.bench.RestFeed.FeedEdge;
import app.briefings.bench.RestFeed.FeedOfficial;
import app.briefings.bench.RestFeed.FeedOperation;
import app.briefings.bench.RestFeed.FeedQuote;
import app.briefings.bench.RestFeed.Name;
import app.briefings.bench.RestFeed.Title;
import app.briefings.briefing.Briefing;
import app.briefings.briefing.BriefingRepository;
import app.briefings.briefing.FeedCriteria;
import app.briefings.briefing.Quote;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.node.GlobalId;
import app.briefings.graphql.paging.PageRequest;
import app.briefings.official.Official;
import app.briefings.official.OfficialRepository;
import app.briefings.official.Position;
import app.briefings.operation.Operation;
import app.briefings.operation.OperationRepository;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * Reads one page of the feed the straightforward way: one query for the page, one
 * {@code $in} query per related collection, and records Jackson writes as they are.
 */
@Service
@Profile("bench")
class RestFeedReader {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final BriefingRepository briefings;

	private final OfficialRepository officials;

	private final OperationRepository operations;

	private final OrganizationRepository organizations;

	RestFeedReader(BriefingRepository briefings, OfficialRepository officials, OperationRepository operations,
			OrganizationRepository organizations) {
		this.briefings = briefings;
		this.officials = officials;
		this.operations = operations;
		this.organizations = organizations;
	}

	RestFeed firstPage(int first) {
		PageRequest page = PageRequest.of(first, null);
		List<Briefing> fetched = this.briefings.findFeedPage(FeedCriteria.NONE, page);
		List<Briefing> shown = fetched.subList(0, Math.min(first, fetched.size()));
		List<List<Official>> officials = BatchLookup.many(shown, Briefing::officialIds, this.officials::findByIdIn,
				Official::id);
		List<List<Operation>> operations = BatchLookup.many(shown, Briefing::operationIds, this.operations::findByIdIn,
				Operation::id);
		List<List<Organization>> organizations = BatchLookup.many(shown, Briefing::organizationIds,
				this.organizations::findByIdIn, Organization::id);
		Map<Quote, Official> speakers = BatchLookup.one(quotesOf(shown), Quote::speakerId, this.officials::findByIdIn,
				Official::id);
		List<FeedEdge> edges = new ArrayList<>(shown.size());
		for (int i = 0; i < shown.size(); i++) {
			edges.add(new FeedEdge(
					briefing(shown.get(i), speakers, officials.get(i), operations.get(i), organizations.get(i))));
		}
		return new RestFeed(new RestFeed.FeedPage(edges));
	}

	private static List<Quote> quotesOf(List<Briefing> briefings) {
		List<Quote> quotes = new ArrayList<>();
		for (Briefing briefing : briefings) {
			quotes.addAll(briefing.quotes());
		}
		return quotes;
	}

	private static FeedBriefing briefing(Briefing briefing, Map<Quote, Official> speakers, List<Official> officials,
			List<Operation> operations, List<Organization> organizations) {
		List<FeedQuote> quotes = new ArrayList<>(briefing.quotes().size());
		for (Quote quote : briefing.quotes()) {
			Official speaker = speakers.get(quote);
			quotes.add(new FeedQuote(quote.text(), (speaker != null) ? new Name(speaker.name()) : null));
		}
		return new FeedBriefing(GlobalId.encode("Briefing", briefing.id()), briefing.title(),
				DATE_TIME.format(briefing.publishedAt().atOffset(ZoneOffset.UTC)), quotes, officials(officials),
				operations(operations), organizations(organizations));
	}

	private static List<FeedOfficial> officials(List<Official> officials) {
		List<FeedOfficial> result = new ArrayList<>(officials.size());
		for (Official official : officials) {
			List<Title> positions = new ArrayList<>(official.positions().size());
			for (Position position : official.positions()) {
				positions.add(new Title(position.title()));
			}
			result.add(new FeedOfficial(official.name(), positions));
		}
		return result;
	}

	private static List<FeedOperation> operations(List<Operation> operations) {
		List<FeedOperation> result = new ArrayList<>(operations.size());
		for (Operation operation : operations) {
			result.add(new FeedOperation(operation.name(), operation.kind().name()));
		}
		return result;
	}

	private static List<Name> organizations(List<Organization> organizations) {
		List<Name> result = new ArrayList<>(organizations.size());
		for (Organization organization : organizations) {
			result.add(new Name(organization.name()));
		}
		return result;
	}

}
