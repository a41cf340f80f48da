package app.briefings.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits every GraphQL request must stay within, refused before execution when
 * exceeded.
 *
 * @param maxBodySize the largest request body (HTTP 413 beyond it)
 * @param maxTokensAnonymous the most parser tokens in a document sent without an API key
 * @param maxTokensWithKey the most parser tokens in a document sent with an API key
 * @param maxDepth the deepest field nesting, introspection-only operations excepted
 * @param maxAliases the most aliased fields
 * @param maxFields the most selected fields, counted once per fragment spread
 * @param maxNodes the most nodes requested through connections, counted GitHub's way
 */
@ConfigurationProperties("briefings.limits")
public record QueryLimits(@DefaultValue("2MB") DataSize maxBodySize, @DefaultValue("5000") int maxTokensAnonymous,
		@DefaultValue("15000") int maxTokensWithKey, @DefaultValue("10") int maxDepth,
		@DefaultValue("15") int maxAliases, @DefaultValue("200") int maxFields, @DefaultValue("100000") long maxNodes) {

	/** The most parser tokens allowed for this caller. */
	public int maxTokens(Caller caller) {
		return caller.anonymous() ? this.maxTokensAnonymous : this.maxTokensWithKey;
	}

}
