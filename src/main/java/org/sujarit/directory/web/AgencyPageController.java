package org.sujarit.directory.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.audit.AuditLog;
import org.sujarit.platform.web.DomainException;

/**
 * Agency pages for coordinators and administrators: search, the two trees, details with the agency's
 * accounts and change history, and editing.
 */
@Controller
@RequestMapping("/directory/agencies")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class AgencyPageController {

	static final int PAGE_SIZE = 50;

	private final Directory directory;

	private final AuditLog audit;

	AgencyPageController(Directory directory, AuditLog audit) {
		this.directory = directory;
		this.audit = audit;
	}

	@ModelAttribute("agencyTypes")
	AgencyType[] agencyTypes() {
		return AgencyType.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyType type,
			@RequestParam(required = false) String province, @RequestParam(required = false) Integer page,
			Model model) {
		Paging paging = Paging.of(page, PAGE_SIZE, directory.count(q, type, province));
		List<Agency> agencies = directory.search(q, type, province, paging.size(), paging.offset());
		model.addAttribute("agencies", agencies);
		model.addAttribute("userCounts", directory.userCounts(agencies.stream().map(Agency::id).toList()));
		model.addAttribute("paging", paging);
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("province", province);
		model.addAttribute("provinces", directory.provinces());
		return "directory/agencies";
	}

	@GetMapping("/tree")
	String tree(Model model) {
		List<Agency> roots = directory.topLevelAgencies();
		model.addAttribute("roots", roots);
		model.addAttribute("childCounts", directory.childCounts(roots.stream().map(Agency::id).toList()));
		model.addAttribute("provinces", directory.provinces());
		return "directory/agency-tree";
	}

	@GetMapping("/tree/children")
	String children(@RequestParam long parent, Model model) {
		List<Agency> children = directory.children(parent);
		model.addAttribute("agencies", children);
		model.addAttribute("childCounts", directory.childCounts(children.stream().map(Agency::id).toList()));
		return "directory/fragments/tree :: children";
	}

	@GetMapping("/tree/province/{code}")
	String provinceTypes(@PathVariable String code, Model model) {
		model.addAttribute("province", code);
		model.addAttribute("counts", directory.localGovernmentCounts(code));
		return "directory/fragments/tree :: province-types";
	}

	@GetMapping("/tree/province/{code}/{type}")
	String provinceAgencies(@PathVariable String code, @PathVariable AgencyType type, Model model) {
		model.addAttribute("agencies", directory.select(new AgencySelector(Set.of(type), Set.of(code), null, null)));
		return "directory/fragments/tree :: local-governments";
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Agency agency = directory.requireAgency(id);
		model.addAttribute("agency", agency);
		model.addAttribute("parent", agency.parentId() == null ? null : directory.agency(agency.parentId()).orElse(null));
		List<Agency> children = directory.children(id);
		model.addAttribute("children", children);
		model.addAttribute("users", directory.usersOf(id));
		model.addAttribute("history", audit.timeline("directory_agency", Long.toString(id)));
		return "directory/agency";
	}

	@GetMapping("/{id:\\d+}/edit")
	String edit(@PathVariable long id, Model model) {
		Agency agency = directory.requireAgency(id);
		String parentCode = agency.parentId() == null ? null
				: directory.agency(agency.parentId()).map(Agency::code).orElse(null);
		return form(model, AgencyForm.of(agency, parentCode), agency);
	}

	@PostMapping("/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Agency agency = directory.requireAgency(id);
		if (errors.hasErrors()) {
			return form(model, form, agency);
		}
		try {
			directory.updateAgency(id, form.version(), form.change());
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			return form(model, form, agency);
		}
		catch (OptimisticLockingFailureException ex) {
			Problems.show(model, Problems.CONCURRENT_EDIT);
			return form(model, form, agency);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/agencies/" + id;
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, AgencyForm.blank(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.code() == null || form.code().isBlank()) {
			errors.rejectValue("code", "directory.agency.code-required");
		}
		if (errors.hasErrors()) {
			return form(model, form, null);
		}
		long id;
		try {
			id = directory.createAgency(form.newAgency());
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			return form(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/directory/agencies/" + id;
	}

	private String form(Model model, AgencyForm form, Agency agency) {
		// re-adding the bound form would drop its binding result and with it the field errors
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("agency", agency);
		model.addAttribute("provinces", directory.provinces());
		return "directory/agency-form";
	}

}
