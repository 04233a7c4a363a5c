package org.sujarit.opendata.publish.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.sujarit.opendata.publish.Portal;

/** A portal's settings as edited: the version read with them guards against overwriting a later edit. */
record PortalEditForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String baseUrl,
		@NotBlank @Size(max = 200) String licenseId, boolean enabled, @PositiveOrZero int version) {

	static PortalEditForm of(Portal portal) {
		return new PortalEditForm(portal.name(), portal.baseUrl(), portal.licenseId(), portal.enabled(), portal.version());
	}

}
