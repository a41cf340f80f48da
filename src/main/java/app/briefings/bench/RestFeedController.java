package app.briefings.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /bench/rest/feed?first=20}: the feed a GraphQL client asks for with
 * {@code graphql-test/benchFeed.graphql}, answered without GraphQL, byte for byte what
 * GraphQL answers as its {@code data}. Exists only under the profile {@code bench}.
 */
@RestController
@Profile("bench")
class RestFeedController {

	private final RestFeedReader reader;

	RestFeedController(RestFeedReader reader) {
		this.reader = reader;
	}

	@GetMapping("/bench/rest/feed")
	RestFeed feed(@RequestParam(defaultValue = "20") int first) {
		return this.reader.firstPage(first);
	}

}
