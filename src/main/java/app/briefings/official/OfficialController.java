package app.briefings.official;

import java.util.List;
import java.util.Map;

import app.briefings.entity.NameOrderedPages;
import app.briefings.graphql.BatchLookup;
import app.briefings.graphql.Connection;
import app.briefings.graphql.GlobalId;
import app.briefings.graphql.PageRequest;
import app.briefings.organization.Organization;
import app.briefings.organization.OrganizationRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Officials and their positions. */
@Controller
class OfficialController {

	private final OfficialRepository officials;

	private final OrganizationRepository organizations;

	private final MongoOperations mongo;

	OfficialController(OfficialRepository officials, OrganizationRepository organizations, MongoOperations mongo) {
		this.officials = officials;
		this.organizations = organizations;
		this.mongo = mongo;
	}

	@QueryMapping
	Connection<Official> officials(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return NameOrderedPages.page(this.mongo, Official.class, PageRequest.of(first, after), Official::name,
				Official::id);
	}

	@QueryMapping
	@Nullable Official official(@Argument String id) {
		return this.officials.findById(GlobalId.decode(id, "Official")).orElse(null);
	}

	@BatchMapping(typeName = "Position", field = "organization")
	Map<Position, Organization> positionOrganization(List<Position> positions) {
		return BatchLookup.one(positions, Position::organizationId, this.organizations::findByIdIn, Organization::id);
	}

}
