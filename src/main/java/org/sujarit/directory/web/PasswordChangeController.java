package org.sujarit.directory.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Directory;
import org.sujarit.platform.web.DomainException;

/** Any signed-in person changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

	private final Directory directory;

	PasswordChangeController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm(null, null, null));
		return "directory/password";
	}

	@PostMapping
	String change(@ModelAttribute("form") PasswordChangeForm form, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			if (form.next() == null || !form.next().equals(form.confirmation())) {
				throw DomainException.invalid("directory.password.confirmation-differs");
			}
			directory.changeOwnPassword(form.current(), form.next(), session.getId());
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			// never send a password back to the browser
			model.addAttribute("form", new PasswordChangeForm(null, null, null));
			return "directory/password";
		}
		redirect.addFlashAttribute("changed", true);
		return "redirect:/account/password";
	}

	record PasswordChangeForm(String current, String next, String confirmation) {
	}

}
