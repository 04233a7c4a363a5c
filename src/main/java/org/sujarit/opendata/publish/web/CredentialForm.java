package org.sujarit.opendata.publish.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A local government's organisation on a portal and its API token (write-only: never shown again). */
record CredentialForm(@NotBlank @Pattern(regexp = "\\d{7}") String agencyCode,
		@NotBlank @Pattern(regexp = "[a-z0-9_-]{2,100}") String ownerOrg, @NotBlank @Size(max = 200) String maintainer,
		@NotBlank @Email @Size(max = 200) String maintainerEmail, @NotBlank @Size(min = 8, max = 2000) String token) {

	static CredentialForm empty() {
		return new CredentialForm("", "", "", "", "");
	}

}
