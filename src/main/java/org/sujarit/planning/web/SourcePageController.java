package org.sujarit.planning.web;

import java.util.List;

import jakarta.validation.Valid;

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
import org.sujarit.planning.ItemLevel;
import org.sujarit.planning.ItemNode;
import org.sujarit.planning.Planning;
import org.sujarit.planning.PlanRulesBroken;
import org.sujarit.planning.RecommendationItem;
import org.sujarit.planning.SourceDetail;
import org.sujarit.planning.SourceTree;
import org.sujarit.platform.web.DomainException;

/**
 * Recommendation sources and their item trees: any signed-in user reads; coordinators and system
 * administrators add and edit.
 */
@Controller
@RequestMapping("/planning")
class SourcePageController {

	static final String EDITORS = "hasAnyRole('COORDINATOR','SYSTEM_ADMIN')";

	private final Planning planning;

	SourcePageController(Planning planning) {
		this.planning = planning;
	}

	@GetMapping
	String index() {
		return "redirect:/planning/sources";
	}

	@GetMapping("/sources")
	String sources(@RequestParam(required = false) Integer fy, Model model) {
		model.addAttribute("overviews", planning.sourceOverviews(fy));
		model.addAttribute("fy", fy);
		model.addAttribute("fiscalYears", planning.fiscalYears());
		return "planning/sources";
	}

	@GetMapping("/sources/{id}")
	String source(@PathVariable long id, @RequestParam(required = false) Integer fy, Model model) {
		SourceTree tree = planning.tree(id, fy);
		model.addAttribute("tree", tree);
		model.addAttribute("terms", planning.terms(activityIds(tree.roots())));
		model.addAttribute("fy", fy);
		model.addAttribute("fiscalYears", planning.fiscalYears());
		model.addAttribute("workingGroups", planning.workingGroups());
		return "planning/source";
	}

	@GetMapping("/sources/new")
	@PreAuthorize(EDITORS)
	String newSource(Model model) {
		model.addAttribute("form", SourceForm.empty());
		return "planning/source-form";
	}

	@PostMapping("/sources")
	@PreAuthorize(EDITORS)
	String createSource(@Valid @ModelAttribute("form") SourceForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return "planning/source-form";
		}
		try {
			long id = planning.createSource(form.draft());
			redirect.addFlashAttribute("saved", "planning.source.saved");
			return "redirect:/planning/sources/" + id;
		}
		catch (PlanRulesBroken ex) {
			Violations.apply(ex.violations(), binding, SourceForm.FIELDS);
			return "planning/source-form";
		}
		catch (DomainException ex) {
			binding.rejectValue("code", ex.code(), ex.arguments(), ex.code());
			return "planning/source-form";
		}
	}

	@GetMapping("/sources/{id}/edit")
	@PreAuthorize(EDITORS)
	String editSource(@PathVariable long id, Model model) {
		model.addAttribute("form", SourceForm.of(requireSource(id)));
		model.addAttribute("sourceId", id);
		return "planning/source-form";
	}

	@PostMapping("/sources/{id}")
	@PreAuthorize(EDITORS)
	String updateSource(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("sourceId", id);
		if (binding.hasErrors()) {
			return "planning/source-form";
		}
		if (form.version() == null) {
			throw DomainException.invalid("planning.form.version-missing");
		}
		try {
			planning.updateSource(id, form.version(), form.draft());
			redirect.addFlashAttribute("saved", "planning.source.saved");
			return "redirect:/planning/sources/" + id;
		}
		catch (PlanRulesBroken ex) {
			Violations.apply(ex.violations(), binding, SourceForm.FIELDS);
			return "planning/source-form";
		}
		catch (DomainException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			binding.rejectValue("code", ex.code(), ex.arguments(), ex.code());
			return "planning/source-form";
		}
	}

	// --- items

	@GetMapping("/sources/{sourceId}/items/new")
	@PreAuthorize(EDITORS)
	String newItem(@PathVariable long sourceId, @RequestParam(required = false) Long parent, Model model) {
		RecommendationItem parentItem = parent == null ? null
				: planning.item(parent)
					.filter(item -> item.sourceId() == sourceId)
					.orElseThrow(() -> DomainException.notFound("planning.item.not-found", parent));
		model.addAttribute("form", ItemForm.under(parentItem));
		return itemForm(sourceId, null, model);
	}

	@PostMapping("/sources/{sourceId}/items")
	@PreAuthorize(EDITORS)
	String createItem(@PathVariable long sourceId, @Valid @ModelAttribute("form") ItemForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		requireSource(sourceId);
		if (!binding.hasErrors()) {
			Violations.apply(planning.checkItem(sourceId, null, form.draft()), binding, ItemForm.FIELDS);
		}
		if (binding.hasErrors()) {
			return itemForm(sourceId, null, model);
		}
		planning.createItem(sourceId, form.draft());
		redirect.addFlashAttribute("saved", "planning.item.saved");
		return "redirect:/planning/sources/" + sourceId;
	}

	@GetMapping("/items/{id}/edit")
	@PreAuthorize(EDITORS)
	String editItem(@PathVariable long id, Model model) {
		RecommendationItem item = requireItem(id);
		model.addAttribute("form", ItemForm.of(item));
		return itemForm(item.sourceId(), item, model);
	}

	@PostMapping("/items/{id}")
	@PreAuthorize(EDITORS)
	String updateItem(@PathVariable long id, @Valid @ModelAttribute("form") ItemForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		RecommendationItem item = requireItem(id);
		if (!binding.hasErrors()) {
			Violations.apply(planning.checkItem(item.sourceId(), id, form.draft()), binding, ItemForm.FIELDS);
		}
		if (binding.hasErrors()) {
			return itemForm(item.sourceId(), item, model);
		}
		if (form.version() == null) {
			throw DomainException.invalid("planning.form.version-missing");
		}
		planning.updateItem(id, form.version(), form.draft());
		redirect.addFlashAttribute("saved", "planning.item.saved");
		return "redirect:/planning/sources/" + item.sourceId();
	}

	@PostMapping("/items/{id}/delete")
	@PreAuthorize(EDITORS)
	String deleteItem(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		RecommendationItem item = requireItem(id);
		planning.deleteItem(id, version);
		redirect.addFlashAttribute("saved", "planning.item.deleted");
		return "redirect:/planning/sources/" + item.sourceId();
	}

	private String itemForm(long sourceId, RecommendationItem item, Model model) {
		SourceDetail source = requireSource(sourceId);
		List<RecommendationItem> items = planning.items(sourceId);
		model.addAttribute("source", source);
		model.addAttribute("item", item);
		model.addAttribute("parents", items.stream()
			.filter(candidate -> item == null || candidate.id() != item.id())
			.toList());
		model.addAttribute("levels", ItemLevel.values());
		model.addAttribute("cpiSources", planning.cpiSources());
		model.addAttribute("workingGroups", planning.workingGroups());
		return "planning/item-form";
	}

	private static List<Long> activityIds(List<ItemNode> nodes) {
		List<Long> ids = new java.util.ArrayList<>();
		for (ItemNode node : nodes) {
			node.activities().forEach(activity -> ids.add(activity.id()));
			ids.addAll(activityIds(node.children()));
		}
		return ids;
	}

	private SourceDetail requireSource(long id) {
		return planning.source(id).orElseThrow(() -> DomainException.notFound("planning.source.not-found", id));
	}

	private RecommendationItem requireItem(long id) {
		return planning.item(id).orElseThrow(() -> DomainException.notFound("planning.item.not-found", id));
	}

}
