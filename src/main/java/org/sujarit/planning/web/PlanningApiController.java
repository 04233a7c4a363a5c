package org.sujarit.planning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityDetail;
import org.sujarit.planning.ActivityDraft;
import org.sujarit.planning.ActivityFilter;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.Assignment;
import org.sujarit.planning.AssignmentResult;
import org.sujarit.planning.KpiHistory;
import org.sujarit.planning.PlanRulesBroken;
import org.sujarit.planning.PlanTerm;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationItem;
import org.sujarit.planning.SourceDetail;
import org.sujarit.planning.SourceOverview;
import org.sujarit.planning.SourceTree;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.DomainException;

/**
 * Plans as JSON: sources with their item trees, activities with agencies and KPIs. Any signed-in caller
 * reads; coordinators create activities and assign agencies.
 */
@ApiController("/api/v1/planning")
class PlanningApiController {

	static final int MAX_LIMIT = 1000;

	private final Planning planning;

	private final Directory directory;

	private final MessageSource messages;

	PlanningApiController(Planning planning, Directory directory, MessageSource messages) {
		this.planning = planning;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/sources")
	List<SourceJson> sources(@RequestParam(required = false) Integer fy) {
		return planning.sourceOverviews(fy).stream().map(SourceJson::of).toList();
	}

	@GetMapping("/sources/{id}")
	SourceTree source(@PathVariable long id, @RequestParam(required = false) Integer fy) {
		return planning.tree(id, fy);
	}

	/**
	 * Activities, newest plans first within source order. {@code source} is a source id or code; the total
	 * number of matches is in the X-Total-Count header.
	 */
	@GetMapping("/activities")
	ResponseEntity<List<ActivitySummary>> activities(@RequestParam(required = false) Integer fy,
			@RequestParam(required = false) String source, @RequestParam(required = false) String workingGroup,
			@RequestParam(required = false) String cpiSource, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean quickWin, @RequestParam(required = false) PlanTerm term,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "200") int limit,
			@RequestParam(defaultValue = "0") int offset) {
		ActivityFilter filter = new ActivityFilter(fy, sourceId(source), workingGroup, cpiSource, agency, quickWin, term,
				q);
		int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
		return ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(planning.countActivities(filter)))
			.body(planning.findActivities(filter, bounded, Math.max(0, offset)));
	}

	@GetMapping("/activities/{id}")
	ActivityJson activity(@PathVariable long id) {
		return view(id);
	}

	@PostMapping("/activities")
	@PreAuthorize("hasRole('COORDINATOR')")
	ResponseEntity<ActivityJson> create(@RequestBody ActivityRequest request) {
		long id = planning.createActivity(request.draft(itemId(request)));
		return ResponseEntity.created(URI.create("/api/v1/planning/activities/" + id)).body(view(id));
	}

	/** Changes an activity; {@code version} must be the one read, else 409. */
	@PutMapping("/activities/{id}")
	@PreAuthorize("hasRole('COORDINATOR')")
	ActivityJson update(@PathVariable long id, @RequestBody ActivityRequest request) {
		if (request.version() == null) {
			throw DomainException.invalid("planning.form.version-missing");
		}
		planning.updateActivity(id, request.version(), request.draft(itemId(request)));
		return view(id);
	}

	/** Adds agencies by id, by code, or by selector (types, provinces, parents): all that are given. */
	@PostMapping("/activities/{id}/agencies")
	@PreAuthorize("hasRole('COORDINATOR')")
	AssignmentJson assign(@PathVariable long id, @RequestBody AssignRequest request) {
		planning.activity(id).orElseThrow(() -> DomainException.notFound("planning.activity.not-found", id));
		List<Long> ids = new ArrayList<>(request.agencyIds() == null ? List.of() : request.agencyIds());
		for (String code : request.agencyCodes() == null ? List.<String>of() : request.agencyCodes()) {
			ids.add(directory.agencyByCode(code)
				.orElseThrow(() -> DomainException.invalid("planning.assignment.agency-code-unknown", code))
				.id());
		}
		AgencyRole role = request.role() == null ? AgencyRole.CO : request.role();
		List<Long> added = new ArrayList<>();
		int already = 0;
		if (!ids.isEmpty()) {
			AssignmentResult result = planning.assign(id, ids, role);
			added.addAll(result.added());
			already += result.alreadyAssigned();
		}
		if (request.selector() != null && !request.selector().selector().isEmpty()) {
			AssignmentResult result = planning.assign(id, request.selector().selector(), role);
			added.addAll(result.added());
			already += result.alreadyAssigned();
		}
		else if (ids.isEmpty()) {
			throw DomainException.invalid("planning.assignment.selector-empty");
		}
		return new AssignmentJson(added.stream().sorted().toList(), already);
	}

	@ExceptionHandler(PlanRulesBroken.class)
	ProblemDetail rulesBroken(PlanRulesBroken ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale));
		problem.setProperty("code", ex.code());
		problem.setProperty("violations", ex.violations()
			.stream()
			.map(v -> new ViolationJson(v.field(), v.code(), v.severity().name(),
					messages.getMessage(v.code(), v.arguments().toArray(), v.code(), locale)))
			.toList());
		return problem;
	}

	private ActivityJson view(long id) {
		ActivityDetail detail = planning.activityDetail(id)
			.orElseThrow(() -> DomainException.notFound("planning.activity.not-found", id));
		Map<Long, Agency> agencies = directory.agencies(detail.agencies().stream().map(Assignment::agencyId).toList());
		List<AgencyJson> responsible = detail.agencies().stream().map(assignment -> {
			Agency agency = agencies.get(assignment.agencyId());
			return new AgencyJson(assignment.agencyId(), assignment.role(), agency == null ? null : agency.code(),
					agency == null ? null : agency.nameTh());
		}).toList();
		return new ActivityJson(detail.summary(), detail.planTerm(), detail.startFy(), detail.endFy(),
				detail.description(), detail.emenscrProjectId(), detail.version(), detail.itemPath(),
				detail.ownCpiSources(), detail.ownWorkingGroups(), responsible, detail.kpis().isEmpty() ? List.of()
						: planning.kpiHistories(id));
	}

	private Long sourceId(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		if (source.chars().allMatch(Character::isDigit)) {
			return Long.valueOf(source);
		}
		return planning.sourceByCode(source.strip())
			.map(SourceDetail::id)
			.orElseThrow(() -> DomainException.notFound("planning.source.code-not-found", source));
	}

	private Long itemId(ActivityRequest request) {
		if (request.itemId() != null || request.sourceCode() == null || request.itemCode() == null) {
			return request.itemId();
		}
		long source = planning.sourceByCode(request.sourceCode())
			.map(SourceDetail::id)
			.orElseThrow(() -> DomainException.invalid("planning.source.code-not-found", request.sourceCode()));
		return planning.itemByCode(source, request.itemCode())
			.map(RecommendationItem::id)
			.orElseThrow(() -> DomainException.invalid("planning.item.code-not-found", request.itemCode()));
	}

	record SourceJson(long id, String code, String nameTh, String nameEn, String issuerTh, String periodTh,
			int sortOrder, boolean active, int items, int activities, int agencies, int quickWins) {

		static SourceJson of(SourceOverview overview) {
			SourceDetail s = overview.source();
			return new SourceJson(s.id(), s.code(), s.nameTh(), s.nameEn(), s.issuerTh(), s.periodTh(), s.sortOrder(),
					s.active(), overview.items(), overview.activities(), overview.agencies(), overview.quickWins());
		}

	}

	record AgencyJson(long agencyId, AgencyRole role, String code, String nameTh) {
	}

	record ActivityJson(ActivitySummary activity, PlanTerm planTerm, Integer startFy, Integer endFy,
			String description, String emenscrProjectId, int version, List<RecommendationItem> itemPath,
			Set<String> ownCpiSources, Set<String> ownWorkingGroups, List<AgencyJson> agencies,
			List<KpiHistory> kpis) {
	}

	/**
	 * An activity to create or change: the item by id, or by source code and item code.
	 */
	record ActivityRequest(Long itemId, String sourceCode, String itemCode, String code, Integer fiscalYear,
			PlanTerm planTerm, Integer endFy, String titleTh, String description, String timeframeTh,
			LocalDate startDate, LocalDate endDate, BigDecimal plannedBudget, Boolean quickWin,
			String emenscrProjectId, Set<String> cpiSources, Set<String> workingGroups, Boolean warningsConfirmed,
			Integer version) {

		ActivityDraft draft(Long resolvedItemId) {
			return new ActivityDraft(resolvedItemId, code, fiscalYear, planTerm, endFy, titleTh, description,
					timeframeTh, startDate, endDate, plannedBudget, Boolean.TRUE.equals(quickWin), emenscrProjectId,
					cpiSources, workingGroups, Boolean.TRUE.equals(warningsConfirmed));
		}

	}

	record SelectorJson(Set<AgencyType> types, Set<String> provinceCodes, Set<Long> parentIds) {

		AgencySelector selector() {
			return new AgencySelector(types, provinceCodes, parentIds, null);
		}

	}

	record AssignRequest(List<Long> agencyIds, List<String> agencyCodes, AgencyRole role, SelectorJson selector) {
	}

	record AssignmentJson(List<Long> added, int alreadyAssigned) {
	}

	record ViolationJson(String field, String code, String severity, String message) {
	}

}
