package org.sujarit.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.DemoAccounts;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * The public landing page, the sign-in page and the post-sign-in redirect to each role's start page.
 */
@Controller
class SignInPageController {

	private final ObjectProvider<DemoAccounts> demoAccounts;

	SignInPageController(ObjectProvider<DemoAccounts> demoAccounts) {
		this.demoAccounts = demoAccounts;
	}

	@GetMapping("/")
	String landing() {
		return "platform/landing";
	}

	@GetMapping("/login")
	String signIn(Model model) {
		DemoAccounts demo = demoAccounts.getIfAvailable();
		if (demo != null) {
			model.addAttribute("demoAccounts", demo.accounts());
			model.addAttribute("demoPassword", demo.password());
		}
		return "platform/login";
	}

	@GetMapping("/home")
	String home() {
		SujaritUser user = CurrentUser.require();
		if (user.has(Role.COORDINATOR)) {
			return "redirect:/reporting/dashboard";
		}
		if (user.has(Role.AGENCY_REPORTER) || user.has(Role.AGENCY_APPROVER)) {
			return "redirect:/reporting/reports";
		}
		if (user.has(Role.SYSTEM_ADMIN)) {
			return "redirect:/directory/agencies";
		}
		return "redirect:/planning/sources";
	}

}
