package org.sujarit.platform.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's view of the audit log: recent entries, filters and chain verification.
 */
@Controller
@RequestMapping("/platform/audit")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class AuditPageController {

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	String entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String entity,
			Model model) {
		model.addAttribute("entries", audit.recent(actor, entity, 200));
		model.addAttribute("actor", actor);
		model.addAttribute("entity", entity);
		return "platform/audit";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		model.addAttribute("entries", audit.recent(null, null, 200));
		return "platform/audit";
	}

}
