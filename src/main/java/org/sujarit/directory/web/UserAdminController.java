package org.sujarit.directory.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Directory;
import org.sujarit.directory.UserAccount;
import org.sujarit.directory.UserQuery;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.web.DomainException;

/**
 * Account administration for system administrators: list, roles, enabled, password reset.
 */
@Controller
@RequestMapping("/directory/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UserAdminController {

	static final int PAGE_SIZE = 50;

	private final Directory directory;

	UserAdminController(Directory directory) {
		this.directory = directory;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
			Model model) {
		UserQuery query = new UserQuery(q, role, null, enabled);
		Paging paging = Paging.of(page, PAGE_SIZE, directory.countUsers(query));
		List<UserAccount> users = directory.users(query, paging.size(), paging.offset());
		model.addAttribute("users", users);
		model.addAttribute("agencies",
				directory.agencies(users.stream().map(UserAccount::agencyId).filter(Objects::nonNull).toList()));
		model.addAttribute("paging", paging);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("enabled", enabled);
		return "directory/users";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserAccount account = require(id);
		return page(model, account, UserForm.of(account));
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model,
			RedirectAttributes redirect) {
		UserAccount account = require(id);
		try {
			directory.updateUser(id, form.version(), form.chosenRoles(), form.isEnabled(), form.workingGroup());
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			return page(model, account, form);
		}
		catch (OptimisticLockingFailureException ex) {
			Problems.show(model, Problems.CONCURRENT_EDIT);
			return page(model, account, form);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/users/" + id;
	}

	/** Shows the new password once, in this response only (never stored in the session). */
	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response) {
		require(id);
		try {
			String password = directory.resetPassword(id, version);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("newPassword", password);
		}
		catch (OptimisticLockingFailureException ex) {
			Problems.show(model, Problems.CONCURRENT_EDIT);
		}
		UserAccount current = require(id);
		return page(model, current, UserForm.of(current));
	}

	private UserAccount require(long id) {
		return directory.user(id).orElseThrow(() -> DomainException.notFound("directory.user.not-found", id));
	}

	private String page(Model model, UserAccount account, UserForm form) {
		model.addAttribute("account", account);
		model.addAttribute("agency", account.agencyId() == null ? null : directory.agency(account.agencyId()).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("workingGroups", directory.workingGroups());
		return "directory/user";
	}

}
