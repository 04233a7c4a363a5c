package org.sujarit.opendata.publish;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sujarit.opendata.DocumentType;

/**
 * One attempt to publish one document's dataset to one target: a CKAN portal, or Sujarit's own
 * catalogue ({@code portalId} null).
 *
 * @param fields the dataset fields sent to the portal
 * @param errorCode message key of {@code messages/opendata-publish} when {@link PublicationStatus#FAILED}
 * @param errorArgs its arguments
 */
public record Publication(long id, Long portalId, long documentId, long agencyId, String laoCode, String laoNameTh,
		String provinceNameTh, int fiscalYear, DocumentType documentType, String slug, String titleTh,
		String descriptionTh, String ownerOrg, Map<String, Object> fields, PublicationStatus status,
		String portalDatasetUrl, String errorCode, List<String> errorArgs, String createdBy, Instant createdAt,
		List<PublishedResource> resources) {

	public Publication {
		fields = fields == null ? Map.of() : fields;
		errorArgs = errorArgs == null ? List.of() : List.copyOf(errorArgs);
		resources = List.copyOf(resources);
	}

	/** Published to Sujarit's own catalogue rather than to a portal. */
	public boolean catalogue() {
		return portalId == null;
	}

	/** The dataset's tags (keywords), from the {@code tag_string} sent to the portal. */
	public List<String> tags() {
		Object tags = fields.get("tag_string");
		if (tags == null) {
			return List.of();
		}
		return Arrays.stream(tags.toString().split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
	}

	/**
	 * A file of a publication: Sujarit's own copy ({@code fileId}, a platform file) and the portal's URL.
	 */
	public record PublishedResource(long id, int position, String name, String format, String mediaType,
			boolean primary, String fileId, long size, String sha256, String portalResourceId, String portalUrl) {
	}

}
