package org.sujarit.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * The public side of account requests: the form (no sign-in), the agency type-ahead, and the status page,
 * which says only where a request stands.
 */
@Controller
@RequestMapping("/account-requests")
class AccountRequestController {

	static final int CHOICES = 20;

	private final Directory directory;

	AccountRequestController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) String q, Model model) {
		return form(AccountRequestForm.blank(), q, model);
	}

	/** htmx type-ahead: active agencies whose names contain what was typed. */
	@GetMapping("/agencies")
	String agencies(@RequestParam(required = false) String q, @RequestParam(required = false) Long selected,
			Model model) {
		model.addAttribute("choices", directory.searchActive(q, CHOICES));
		model.addAttribute("q", q);
		model.addAttribute("selected", selected);
		return "directory/fragments/agency-choices :: choices";
	}

	@PostMapping
	String submit(@Valid @ModelAttribute("form") AccountRequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.passwordsMatch()) {
			errors.rejectValue("passwordConfirm", "directory.account-request.password-mismatch");
		}
		if (errors.hasErrors()) {
			return form(form, null, model);
		}
		try {
			directory.requestAccount(form.request());
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			return form(form, null, model);
		}
		redirect.addFlashAttribute("username", form.username().strip().toLowerCase(Locale.ROOT));
		return "redirect:/account-requests/submitted";
	}

	@GetMapping("/submitted")
	String submitted() {
		return "directory/account-request-submitted";
	}

	@GetMapping("/status")
	String status(@RequestParam(required = false) String username, Model model) {
		model.addAttribute("username", username);
		if (username != null && !username.isBlank()) {
			model.addAttribute("checked", true);
			model.addAttribute("state", directory.accountRequestState(username).orElse(null));
		}
		return "directory/account-request-status";
	}

	/** The passwords are never written back into the page (the inputs have no value). */
	private String form(AccountRequestForm form, String q, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("q", q);
		List<Agency> choices = directory.searchActive(q, CHOICES);
		if (form.agencyId() != null && choices.stream().noneMatch(a -> a.id() == form.agencyId())) {
			choices = new ArrayList<>(choices);
			directory.agency(form.agencyId()).ifPresent(choices::addFirst);
		}
		model.addAttribute("choices", choices);
		model.addAttribute("selected", form.agencyId());
		model.addAttribute("roles", List.of(Role.AGENCY_REPORTER, Role.AGENCY_APPROVER));
		model.addAttribute("minPasswordLength", 10);
		return "directory/account-request-form";
	}

}
