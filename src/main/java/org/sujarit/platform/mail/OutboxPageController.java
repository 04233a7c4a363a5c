package org.sujarit.platform.mail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox page: the newest e-mails every module wrote (round reminders, open-data reminders), sent or
 * waiting, with their delivery errors. Coordinators and administrators only: the bodies name agencies
 * and their contacts.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class OutboxPageController {

	static final int SHOWN = 200;

	private final Outbox outbox;

	OutboxPageController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/outbox")
	String outbox(Model model) {
		model.addAttribute("messages", outbox.recent(null, SHOWN));
		return "platform/outbox";
	}

}
