package org.sujarit.opendata.publish;

import java.util.regex.Pattern;

import org.sujarit.opendata.DocumentType;

/**
 * Dataset names (URL slugs): {@code lao-{code}-budget-{fiscal year}} for the annual ordinance, with a suffix
 * for the other documents (and the document id where a year can have several). CKAN with thai_gdc takes
 * 2–70 characters of {@code [a-z0-9-_]}.
 */
final class Slugs {

	static final Pattern VALID = Pattern.compile("[a-z0-9_-]{2,70}");

	private Slugs() {
	}

	static String of(String laoCode, int fiscalYear, DocumentType type, long documentId) {
		String base = "lao-" + laoCode.strip() + "-budget-" + fiscalYear;
		String slug = switch (type) {
			case ORDINANCE -> base;
			case SUPPLEMENTARY -> base + "-supplementary-" + documentId;
			case TRANSFER -> base + "-transfer-" + documentId;
			case SPECIFIC_SUBSIDY -> base + "-specific-subsidy";
			case ACCUMULATED_FUNDS -> base + "-accumulated-funds";
		};
		if (!VALID.matcher(slug).matches()) {
			throw new PublishProblem("opendata.publish.bad-slug", slug);
		}
		return slug;
	}

}
