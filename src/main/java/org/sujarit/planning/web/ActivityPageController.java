package org.sujarit.planning.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityDetail;
import org.sujarit.planning.ActivityFilter;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.Assignment;
import org.sujarit.planning.Kpi;
import org.sujarit.planning.PlanRulesBroken;
import org.sujarit.planning.PlanTerm;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationItem;
import org.sujarit.planning.RecommendationSource;
import org.sujarit.planning.RuleViolation;
import org.sujarit.planning.SourceDetail;
import org.sujarit.platform.security.CurrentUser;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.platform.thai.ThaiCalendar;
import org.sujarit.platform.web.DomainException;

/**
 * Activities/projects: the filterable list and detail for every signed-in user; create, edit and KPIs for
 * coordinators.
 */
@Controller
@RequestMapping("/planning")
class ActivityPageController {

	static final String COORDINATOR = "hasRole('COORDINATOR')";

	static final int PAGE_SIZE = 50;

	private final Planning planning;

	private final Directory directory;

	ActivityPageController(Planning planning, Directory directory) {
		this.planning = planning;
		this.directory = directory;
	}

	/**
	 * The list. With no filter in the address, a working-group member sees their group's activities first
	 * (a notice offers all); an explicitly empty {@code workingGroup} means every group.
	 */
	@GetMapping("/activities")
	String activities(@RequestParam(required = false) Integer fy, @RequestParam(required = false) Long source,
			@RequestParam(required = false) String workingGroup, @RequestParam(required = false) String cpiSource,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) String agencyQuery,
			@RequestParam(required = false) Boolean quickWin, @RequestParam(required = false) PlanTerm term,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		SujaritUser user = CurrentUser.require();
		boolean defaulted = false;
		if (workingGroup == null && user.has(Role.WORKING_GROUP_MEMBER) && user.workingGroup() != null
				&& !user.workingGroup().isBlank()) {
			workingGroup = user.workingGroup();
			defaulted = true;
		}
		if (agency != null && agencyQuery != null && !agencyQuery.isBlank()) {
			String typed = agencyQuery.strip();
			boolean same = directory.agency(agency).map(found -> found.nameTh().equals(typed)).orElse(false);
			agency = same ? agency : null;
		}
		if (agency == null && agencyQuery != null && !agencyQuery.isBlank()) {
			List<Agency> candidates = directory.search(agencyQuery, null, null, 20, 0);
			if (candidates.size() == 1) {
				agency = candidates.get(0).id();
			}
			else {
				model.addAttribute("agencyCandidates", candidates);
			}
		}
		ActivityFilter filter = new ActivityFilter(fy, source, blankToNull(workingGroup), blankToNull(cpiSource), agency,
				quickWin, term, blankToNull(q));
		int total = planning.countActivities(filter);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<ActivitySummary> activities = planning.findActivities(filter, PAGE_SIZE, current * PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("agencyQuery", agencyQuery);
		model.addAttribute("defaultedGroup", defaulted);
		model.addAttribute("activities", activities);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("leads", leads(activities));
		model.addAttribute("terms", planning.terms(activities.stream().map(ActivitySummary::id).toList()));
		model.addAttribute("agencyCounts", planning.agencyCounts(activities.stream().map(ActivitySummary::id).toList()));
		if (agency != null) {
			directory.agency(agency).ifPresent(found -> model.addAttribute("filterAgency", found));
		}
		addOptions(model);
		return "planning/activities";
	}

	/** htmx type-ahead for the agency filter: matching agencies as links that apply the filter. */
	@GetMapping("/activities/agency-options")
	String agencyOptions(@RequestParam(required = false) String agencyQuery, Model model) {
		model.addAttribute("agencyCandidates", agencyQuery == null || agencyQuery.strip().length() < 2 ? List.of()
				: directory.search(agencyQuery, null, null, 10, 0));
		return "planning/fragments/agency-options :: options";
	}

	@GetMapping("/activities/{id}")
	String activity(@PathVariable long id, Model model) {
		ActivityDetail detail = requireActivity(id);
		if (!model.containsAttribute("kpiForm")) {
			model.addAttribute("kpiForm", KpiForm.empty());
		}
		return detail(detail, model);
	}

	private String detail(ActivityDetail detail, Model model) {
		model.addAttribute("activity", detail);
		model.addAttribute("agencies",
				directory.agencies(detail.agencies().stream().map(Assignment::agencyId).toList()));
		model.addAttribute("kpiHistories", planning.kpiHistories(detail.id()));
		model.addAttribute("cpiSourceNames", cpiSourceNames());
		model.addAttribute("groupNames", groupNames());
		return "planning/activity";
	}

	@GetMapping("/activities/new")
	@PreAuthorize(COORDINATOR)
	String newActivity(@RequestParam(required = false) Long item, Model model) {
		model.addAttribute("form", ActivityForm.empty(item, FiscalYear.containing(ThaiCalendar.today()).buddhistYear()));
		return activityForm(null, model);
	}

	@PostMapping("/activities")
	@PreAuthorize(COORDINATOR)
	String createActivity(@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!acceptable(null, form, binding, model)) {
			return activityForm(null, model);
		}
		try {
			long id = planning.createActivity(form.draft());
			redirect.addFlashAttribute("saved", "planning.activity.saved");
			return "redirect:/planning/activities/" + id;
		}
		catch (PlanRulesBroken ex) {
			Violations.apply(ex.violations(), binding, ActivityForm.FIELDS);
			return activityForm(null, model);
		}
	}

	@GetMapping("/activities/{id}/edit")
	@PreAuthorize(COORDINATOR)
	String editActivity(@PathVariable long id, Model model) {
		ActivityDetail detail = requireActivity(id);
		model.addAttribute("form", ActivityForm.of(detail));
		return activityForm(detail, model);
	}

	@PostMapping("/activities/{id}")
	@PreAuthorize(COORDINATOR)
	String updateActivity(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ActivityDetail detail = requireActivity(id);
		if (form.version() == null) {
			throw DomainException.invalid("planning.form.version-missing");
		}
		if (!acceptable(id, form, binding, model)) {
			return activityForm(detail, model);
		}
		try {
			planning.updateActivity(id, form.version(), form.draft());
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("platform.error.concurrent-edit");
			model.addAttribute("conflict", true);
			return activityForm(detail, model);
		}
		catch (PlanRulesBroken ex) {
			Violations.apply(ex.violations(), binding, ActivityForm.FIELDS);
			return activityForm(detail, model);
		}
		redirect.addFlashAttribute("saved", "planning.activity.saved");
		return "redirect:/planning/activities/" + id;
	}

	/** Applies the planning rules to the form; false when the form must be shown again. */
	private boolean acceptable(Long id, ActivityForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return false;
		}
		List<RuleViolation> problems = planning.checkActivity(id, form.draft());
		boolean warnings = Violations.apply(problems, binding, ActivityForm.FIELDS);
		if (warnings) {
			model.addAttribute("warnings", Violations.warnings(problems));
		}
		return !binding.hasErrors() && (!warnings || Boolean.TRUE.equals(form.warningsConfirmed()));
	}

	private String activityForm(ActivityDetail detail, Model model) {
		model.addAttribute("activity", detail);
		// sources no longer in use are not offered, except the one the activity already sits in
		Map<RecommendationSource, List<RecommendationItem>> items = new LinkedHashMap<>();
		for (SourceDetail source : planning.sourceDetails()) {
			if (source.active() || (detail != null && detail.summary().sourceId() == source.id())) {
				items.put(source.summary(), planning.items(source.id()));
			}
		}
		model.addAttribute("itemsBySource", items);
		addOptions(model);
		return "planning/activity-form";
	}

	// --- KPIs

	@PostMapping("/activities/{id}/kpis")
	@PreAuthorize(COORDINATOR)
	String addKpi(@PathVariable long id, @Valid @ModelAttribute("kpiForm") KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ActivityDetail detail = requireActivity(id);
		if (!binding.hasErrors()) {
			try {
				planning.addKpi(id, form.draft());
				redirect.addFlashAttribute("saved", "planning.kpi.saved");
				return "redirect:/planning/activities/" + id + "#kpis";
			}
			catch (PlanRulesBroken ex) {
				Violations.apply(ex.violations(), binding, KpiForm.FIELDS);
			}
		}
		model.addAttribute("kpiFormOpen", true);
		return detail(detail, model);
	}

	@GetMapping("/kpis/{kpiId}/edit")
	@PreAuthorize(COORDINATOR)
	String editKpi(@PathVariable long kpiId, Model model) {
		Kpi kpi = requireKpi(kpiId);
		model.addAttribute("kpiForm", KpiForm.of(kpi));
		return kpiForm(kpi, model);
	}

	@PostMapping("/kpis/{kpiId}")
	@PreAuthorize(COORDINATOR)
	String redefineKpi(@PathVariable long kpiId, @Valid @ModelAttribute("kpiForm") KpiForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		Kpi kpi = requireKpi(kpiId);
		if (form.version() == null) {
			throw DomainException.invalid("planning.form.version-missing");
		}
		if (!binding.hasErrors()) {
			try {
				planning.redefineKpi(kpiId, form.version(), form.draft());
				redirect.addFlashAttribute("saved", "planning.kpi.saved");
				return "redirect:/planning/activities/" + kpi.activityId() + "#kpis";
			}
			catch (PlanRulesBroken ex) {
				Violations.apply(ex.violations(), binding, KpiForm.FIELDS);
			}
			catch (OptimisticLockingFailureException ex) {
				binding.reject("platform.error.concurrent-edit");
			}
		}
		return kpiForm(kpi, model);
	}

	@PostMapping("/kpis/{kpiId}/retire")
	@PreAuthorize(COORDINATOR)
	String retireKpi(@PathVariable long kpiId, @RequestParam int version, RedirectAttributes redirect) {
		Kpi kpi = requireKpi(kpiId);
		planning.retireKpi(kpiId, version);
		redirect.addFlashAttribute("saved", "planning.kpi.retired-saved");
		return "redirect:/planning/activities/" + kpi.activityId() + "#kpis";
	}

	private String kpiForm(Kpi kpi, Model model) {
		model.addAttribute("kpi", kpi);
		model.addAttribute("activity", requireActivity(kpi.activityId()));
		model.addAttribute("history", planning.kpiHistories(kpi.activityId())
			.stream()
			.filter(history -> history.kpiId() == kpi.id())
			.findFirst()
			.orElseThrow());
		return "planning/kpi-form";
	}

	// --- helpers

	private void addOptions(Model model) {
		model.addAttribute("fiscalYears", planning.fiscalYears());
		model.addAttribute("sources", planning.sources());
		model.addAttribute("workingGroups", planning.workingGroups());
		model.addAttribute("cpiSources", planning.cpiSources());
		model.addAttribute("planTerms", PlanTerm.values());
		model.addAttribute("roles", AgencyRole.values());
	}

	/** Short names of each activity's lead agencies. */
	private Map<Long, List<String>> leads(List<ActivitySummary> activities) {
		Map<Long, List<Long>> leadIds = new HashMap<>();
		Set<Long> all = new LinkedHashSet<>();
		Map<Long, List<Assignment>> assignments = planning
			.assignmentsOf(activities.stream().map(ActivitySummary::id).toList());
		for (ActivitySummary activity : activities) {
			List<Long> ids = assignments.getOrDefault(activity.id(), List.of())
				.stream()
				.filter(assignment -> assignment.role() == AgencyRole.LEAD)
				.map(Assignment::agencyId)
				.toList();
			leadIds.put(activity.id(), ids);
			all.addAll(ids);
		}
		Map<Long, Agency> agencies = directory.agencies(all);
		Map<Long, List<String>> names = new HashMap<>();
		leadIds.forEach((activity, ids) -> {
			List<String> list = new ArrayList<>();
			ids.stream().map(agencies::get).filter(java.util.Objects::nonNull).map(Agency::shortName).forEach(list::add);
			names.put(activity, list);
		});
		return names;
	}

	private Map<String, String> cpiSourceNames() {
		Map<String, String> names = new LinkedHashMap<>();
		planning.cpiSources().forEach(source -> names.put(source.code(), source.name()));
		return names;
	}

	private Map<String, String> groupNames() {
		Map<String, String> names = new LinkedHashMap<>();
		planning.workingGroups().forEach(group -> names.put(group.code(), group.nameTh()));
		return names;
	}

	private ActivityDetail requireActivity(long id) {
		return planning.activityDetail(id).orElseThrow(() -> DomainException.notFound("planning.activity.not-found", id));
	}

	private Kpi requireKpi(long id) {
		return planning.kpi(id).orElseThrow(() -> DomainException.notFound("planning.kpi.not-found", id));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
