package org.sujarit.opendata.publish.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A CKAN portal to publish to. */
record PortalForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String baseUrl,
		@NotBlank @Size(max = 200) String licenseId) {

	static PortalForm empty() {
		return new PortalForm("", "https://", "Open Data Common");
	}

}
