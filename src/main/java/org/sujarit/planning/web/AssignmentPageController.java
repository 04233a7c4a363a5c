package org.sujarit.planning.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityDetail;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.Assignment;
import org.sujarit.planning.AssignmentResult;
import org.sujarit.planning.Planning;
import org.sujarit.platform.web.DomainException;

/**
 * Makes agencies responsible for an activity: one by one (type-ahead search) or many at once by type,
 * province and parent, with a count to check before confirming. Coordinators only.
 */
@Controller
@RequestMapping("/planning/activities/{id}/agencies")
@PreAuthorize(ActivityPageController.COORDINATOR)
class AssignmentPageController {

	static final int SEARCH_LIMIT = 20;

	static final int PREVIEW_SAMPLE = 30;

	private final Planning planning;

	private final Directory directory;

	AssignmentPageController(Planning planning, Directory directory) {
		this.planning = planning;
		this.directory = directory;
	}

	/** The page; with selector parameters it also shows what the selector would add. */
	@GetMapping
	String page(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Set<AgencyType> types, @RequestParam(required = false) Set<String> provinces,
			@RequestParam(required = false) Set<Long> parents,
			@RequestParam(defaultValue = "CO") AgencyRole role, Model model) {
		ActivityDetail activity = requireActivity(id);
		AgencySelector selector = new AgencySelector(types, provinces, parents, null);
		if (!selector.isEmpty()) {
			preview(activity, selector, model);
		}
		if (q != null && !q.isBlank()) {
			model.addAttribute("results", directory.search(q, null, null, SEARCH_LIMIT, 0));
		}
		model.addAttribute("q", q);
		model.addAttribute("selector", selector);
		model.addAttribute("role", role);
		return page(activity, model);
	}

	/** htmx type-ahead: agencies matching the text, each with add buttons. */
	@GetMapping("/search")
	String search(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		ActivityDetail activity = requireActivity(id);
		model.addAttribute("activity", activity);
		model.addAttribute("assigned", assignedIds(activity));
		model.addAttribute("results", q == null || q.strip().length() < 2 ? List.of()
				: directory.search(q, null, null, SEARCH_LIMIT, 0));
		model.addAttribute("q", q);
		model.addAttribute("roles", AgencyRole.values());
		return "planning/fragments/agency-results :: results";
	}

	@PostMapping
	String add(@PathVariable long id, @RequestParam long agencyId, @RequestParam(defaultValue = "CO") AgencyRole role,
			RedirectAttributes redirect) {
		AssignmentResult result = planning.assign(id, List.of(agencyId), role);
		redirect.addFlashAttribute("saved", result.added().isEmpty() ? "planning.assignment.already" : "planning.assignment.added-one");
		return "redirect:/planning/activities/" + id + "/agencies";
	}

	/**
	 * Adds every agency the selector matches. {@code expected} is the number of new agencies the coordinator
	 * saw in the preview; if the directory changed since, nothing is added and the new preview is shown.
	 */
	@PostMapping("/select")
	String addSelected(@PathVariable long id, @RequestParam(required = false) Set<AgencyType> types,
			@RequestParam(required = false) Set<String> provinces, @RequestParam(required = false) Set<Long> parents,
			@RequestParam(defaultValue = "CO") AgencyRole role, @RequestParam int expected, Model model,
			RedirectAttributes redirect) {
		ActivityDetail activity = requireActivity(id);
		AgencySelector selector = new AgencySelector(types, provinces, parents, null);
		if (selector.isEmpty()) {
			throw DomainException.invalid("planning.assignment.selector-empty");
		}
		int fresh = (int) planning.preview(selector).stream().filter(agency -> !assignedIds(activity).contains(agency)).count();
		if (fresh != expected) {
			model.addAttribute("selectionChanged", true);
			model.addAttribute("selector", selector);
			model.addAttribute("role", role);
			preview(activity, selector, model);
			return page(activity, model);
		}
		AssignmentResult result = planning.assign(id, selector, role);
		redirect.addFlashAttribute("saved", "planning.assignment.added-many");
		redirect.addFlashAttribute("savedCount", result.added().size());
		return "redirect:/planning/activities/" + id + "/agencies";
	}

	@PostMapping("/{agencyId}/role")
	String changeRole(@PathVariable long id, @PathVariable long agencyId, @RequestParam AgencyRole role,
			RedirectAttributes redirect) {
		planning.changeRole(id, agencyId, role);
		redirect.addFlashAttribute("saved", "planning.assignment.role-changed");
		return "redirect:/planning/activities/" + id + "/agencies";
	}

	@PostMapping("/{agencyId}/remove")
	String remove(@PathVariable long id, @PathVariable long agencyId, RedirectAttributes redirect) {
		planning.unassign(id, agencyId);
		redirect.addFlashAttribute("saved", "planning.assignment.removed");
		return "redirect:/planning/activities/" + id + "/agencies";
	}

	private void preview(ActivityDetail activity, AgencySelector selector, Model model) {
		List<Long> matched = planning.preview(selector);
		Set<Long> assigned = assignedIds(activity);
		List<Long> fresh = matched.stream().filter(agency -> !assigned.contains(agency)).toList();
		Map<Long, Agency> sample = directory.agencies(fresh.stream().limit(PREVIEW_SAMPLE).toList());
		model.addAttribute("previewMatched", matched.size());
		model.addAttribute("previewNew", fresh.size());
		model.addAttribute("previewAlready", matched.size() - fresh.size());
		model.addAttribute("previewSample", fresh.stream().limit(PREVIEW_SAMPLE).map(sample::get).toList());
	}

	private String page(ActivityDetail activity, Model model) {
		model.addAttribute("activity", activity);
		Map<Long, Agency> agencies = directory.agencies(activity.agencies().stream().map(Assignment::agencyId).toList());
		model.addAttribute("agencies", agencies);
		model.addAttribute("assigned", assignedIds(activity));
		model.addAttribute("types", AgencyType.values());
		model.addAttribute("provinces", directory.provinces());
		model.addAttribute("parentOptions", directory.children(null)
			.stream()
			.sorted(Comparator.comparing(Agency::type).thenComparing(Agency::nameTh))
			.toList());
		model.addAttribute("roles", AgencyRole.values());
		if (!model.containsAttribute("selector")) {
			model.addAttribute("selector", new AgencySelector(null, null, null, null));
		}
		if (!model.containsAttribute("role")) {
			model.addAttribute("role", AgencyRole.CO);
		}
		return "planning/assign";
	}

	private static Set<Long> assignedIds(ActivityDetail activity) {
		return Set.copyOf(activity.agencies().stream().map(Assignment::agencyId).toList());
	}

	private ActivityDetail requireActivity(long id) {
		return planning.activityDetail(id).orElseThrow(() -> DomainException.notFound("planning.activity.not-found", id));
	}

}
