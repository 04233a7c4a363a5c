package org.sujarit.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.sujarit.directory.NewAccountRequest;
import org.sujarit.platform.security.Role;

/**
 * The public account-request form.
 */
record AccountRequestForm(@NotNull(message = "{directory.account-request.agency-required}") Long agencyId,
		@NotNull(message = "{directory.account-request.role-required}") Role role,
		@NotBlank(message = "{directory.account-request.name-required}") @Size(max = 200, message = "{directory.form.too-long}") String fullName,
		@Size(max = 200, message = "{directory.form.too-long}") String positionTh,
		@NotBlank(message = "{directory.account-request.email-required}") @Email(message = "{directory.account-request.email-invalid}") @Size(max = 200, message = "{directory.form.too-long}") String email,
		@Pattern(regexp = "[0-9+() -]{0,30}", message = "{directory.account-request.phone-invalid}") String phone,
		@NotBlank(message = "{directory.user.username-invalid}") @Size(max = 50, message = "{directory.form.too-long}") String username,
		@NotBlank(message = "{directory.account-request.password-required}") @Size(max = 200, message = "{directory.form.too-long}") String password,
		String passwordConfirm) {

	static AccountRequestForm blank() {
		return new AccountRequestForm(null, Role.AGENCY_REPORTER, null, null, null, null, null, null, null);
	}

	boolean passwordsMatch() {
		return password != null && password.equals(passwordConfirm);
	}

	NewAccountRequest request() {
		return new NewAccountRequest(agencyId, fullName, positionTh, email, phone, username, role, password);
	}

	@Override
	public String toString() {
		return "AccountRequestForm[agencyId=" + agencyId + ", username=" + username + "]";
	}

}
