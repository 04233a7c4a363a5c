package org.sujarit.opendata.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.opendata.CodeList;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.web.DomainException;

/**
 * The code lists budget lines are checked against: system administrators edit them (every change is
 * audited by the table's trigger); the public page shows each code at its URI.
 */
@Controller
class CodeListController {

	private final OpenData openData;

	CodeListController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/opendata/codes")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String codes(Model model) {
		model.addAttribute("codes", openData.codes());
		model.addAttribute("lists", CodeList.values());
		if (!model.containsAttribute("newCode")) {
			model.addAttribute("newCode", new CodeForm(null, null, "", "", "", null, 0, true, null));
		}
		return "opendata/codes";
	}

	@PostMapping("/opendata/codes/{id}")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String update(@PathVariable long id, @Valid CodeForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors() || form.version() == null) {
			redirect.addFlashAttribute("problemCode", "opendata.code.incomplete");
			return "redirect:/opendata/codes";
		}
		try {
			openData.updateCode(id, form.version(), form.nameTh(), form.nameEn(), form.parent(), form.dlaCode(),
					form.sortOrder(), form.active());
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problemCode", ex.code());
			redirect.addFlashAttribute("problemArgs", BudgetPageController.strings(ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problemCode", "platform.error.concurrent-edit");
			redirect.addFlashAttribute("problemArgs", new String[0]);
		}
		return "redirect:/opendata/codes";
	}

	@PostMapping("/opendata/codes")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	String add(@Valid @ModelAttribute("newCode") CodeForm form, BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors() || form.list() == null || form.code() == null) {
			redirect.addFlashAttribute("problemCode", "opendata.code.incomplete");
			return "redirect:/opendata/codes";
		}
		try {
			openData.addCode(form.list(), form.code(), form.nameTh(), form.nameEn(), form.parent(), form.dlaCode(),
					form.sortOrder());
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problemCode", ex.code());
			redirect.addFlashAttribute("problemArgs", BudgetPageController.strings(ex.arguments()));
		}
		return "redirect:/opendata/codes";
	}

	@GetMapping("/public/opendata/codes")
	String publicCodes(Model model) {
		model.addAttribute("codes", openData.codes().stream().filter(c -> c.active()).toList());
		model.addAttribute("lists", CodeList.values());
		return "opendata/public-codes";
	}

	@GetMapping("/public/opendata/codes/{list}/{code}")
	String publicCode(@PathVariable String list, @PathVariable String code, Model model) {
		CodeList codeList = java.util.Arrays.stream(CodeList.values())
			.filter(l -> l.slug().equals(list))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("opendata.code.not-found", list));
		model.addAttribute("code", openData.code(codeList, code)
			.orElseThrow(() -> DomainException.notFound("opendata.code.not-found", code)));
		model.addAttribute("uri", openData.codeUri(codeList, code));
		return "opendata/public-code";
	}

}
