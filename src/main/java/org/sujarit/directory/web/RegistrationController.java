package org.sujarit.directory.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.directory.Directory;

/**
 * Registration rate per target group against the target, and per province for local governments.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class RegistrationController {

	private final Directory directory;

	RegistrationController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/registration")
	String registration(Model model) {
		model.addAttribute("rate", directory.registration());
		return "directory/registration";
	}

}
