package app.briefings.graphql.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * The weak entity tag of a GraphQL answer: a hash of its {@code data} and {@code errors},
 * leaving out {@code extensions}, which carry per-request figures (the caller's remaining
 * cost budget) that would otherwise make every answer look new. Weak, because the same
 * answer goes out gzipped or not.
 */
final class AnswerTag {

	private AnswerTag() {
	}

	static String of(WebGraphQlResponse response, JsonMapper json) {
		Map<String, Object> answer = new LinkedHashMap<>(response.toMap());
		answer.remove("extensions");
		return "W/\"" + HexFormat.of().formatHex(sha256(json.writeValueAsBytes(answer)), 0, 16) + "\"";
	}

	/** Whether an {@code If-None-Match} header names the tag (compared weakly). */
	static boolean matches(List<String> ifNoneMatch, String etag) {
		String opaque = opaque(etag);
		for (String header : ifNoneMatch) {
			for (String candidate : header.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || opaque(tag).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
