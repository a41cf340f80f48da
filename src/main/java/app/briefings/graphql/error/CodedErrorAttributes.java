package app.briefings.graphql.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Shapes the errors that happen before GraphQL runs (a body that is not JSON, an unknown
 * path, a failure of the servlet container) like GraphQL errors, with a code of the
 * closed set, so that clients read one error format everywhere. Never shows exception
 * messages or class names.
 */
@Component
class CodedErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = (defaults.get("status") instanceof Integer value) ? value : 500;
		ErrorCode code = codeFor(status);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", messageFor(status));
		error.put("extensions", Map.of("code", code.name(), "classification", code.classification().name()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errors", List.of(error));
		return body;
	}

	private static ErrorCode codeFor(int status) {
		return switch (status) {
			case 400 -> ErrorCode.MALFORMED_REQUEST;
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 413 -> ErrorCode.REQUEST_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			case 503 -> ErrorCode.UNAVAILABLE;
			default -> ErrorCode.INTERNAL_ERROR;
		};
	}

	private static String messageFor(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		String reason = (known != null) ? known.getReasonPhrase() : "Error";
		if (status == 400) {
			return reason + ": the request could not be read; send a JSON object with a 'query'";
		}
		return reason;
	}

}
