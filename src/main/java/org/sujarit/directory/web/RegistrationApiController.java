package org.sujarit.directory.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.directory.Directory;
import org.sujarit.directory.RegistrationRate;
import org.sujarit.platform.web.ApiController;

/**
 * The registration rate as JSON.
 */
@ApiController("/api/v1/directory/registration")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class RegistrationApiController {

	private final Directory directory;

	RegistrationApiController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	RegistrationRate registration() {
		return directory.registration();
	}

}
