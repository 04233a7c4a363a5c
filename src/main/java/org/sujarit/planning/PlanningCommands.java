package org.sujarit.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.web.DomainException;

/**
 * Every change to plans, without the caller's role check: the {@link Planning} facade checks roles for
 * people, the demo loader runs as a system process. Events are published inside the transaction.
 */
@Component
class PlanningCommands {

	private final SourceRepository sources;

	private final ActivityRepository activities;

	private final KpiRepository kpis;

	private final ReferenceRepository reference;

	private final ApplicationEventPublisher events;

	PlanningCommands(SourceRepository sources, ActivityRepository activities, KpiRepository kpis,
			ReferenceRepository reference, ApplicationEventPublisher events) {
		this.sources = sources;
		this.activities = activities;
		this.kpis = kpis;
		this.reference = reference;
		this.events = events;
	}

	// --- sources and items

	@Transactional
	public long createSource(SourceDraft draft) {
		PlanRules.enforce(PlanRules.source(draft), false);
		if (sources.sourceCodeTaken(draft.code(), null)) {
			throw DomainException.conflict("planning.source.code.taken", draft.code().strip());
		}
		return sources.insertSource(draft);
	}

	@Transactional
	public void updateSource(long id, int version, SourceDraft draft) {
		requireSource(id);
		PlanRules.enforce(PlanRules.source(draft), false);
		if (sources.sourceCodeTaken(draft.code(), id)) {
			throw DomainException.conflict("planning.source.code.taken", draft.code().strip());
		}
		if (sources.updateSource(id, version, draft) == 0) {
			throw new OptimisticLockingFailureException("planning_source " + id + " changed since version " + version);
		}
	}

	List<RuleViolation> checkItem(long sourceId, Long itemId, ItemDraft draft) {
		RecommendationItem parent = null;
		boolean cycle = false;
		if (draft.parentId() != null) {
			parent = sources.item(draft.parentId())
				.orElseThrow(() -> DomainException.invalid("planning.item.parent.unknown", draft.parentId()));
			cycle = itemId != null && sources.isSelfOrBelow(itemId, parent.id());
		}
		List<RuleViolation> problems = new ArrayList<>(PlanRules.item(draft, sourceId, parent, cycle,
				reference.cpiSourceCodes(), reference.workingGroupCodes()));
		if (draft.code() != null && !draft.code().isBlank() && sources.itemCodeTaken(sourceId, draft.code(), itemId)) {
			problems.add(RuleViolation.error("code", "planning.item.code.taken", draft.code().strip()));
		}
		return problems;
	}

	@Transactional
	public long createItem(long sourceId, ItemDraft draft) {
		requireSource(sourceId);
		PlanRules.enforce(checkItem(sourceId, null, draft), false);
		return sources.insertItem(sourceId, draft);
	}

	@Transactional
	public void updateItem(long itemId, int version, ItemDraft draft) {
		RecommendationItem item = requireItem(itemId);
		PlanRules.enforce(checkItem(item.sourceId(), itemId, draft), false);
		if (sources.updateItem(itemId, version, draft) == 0) {
			throw new OptimisticLockingFailureException("planning_item " + itemId + " changed since version " + version);
		}
	}

	@Transactional
	public void deleteItem(long itemId, int version) {
		requireItem(itemId);
		if (sources.itemInUse(itemId)) {
			throw DomainException.conflict("planning.item.in-use");
		}
		if (sources.deleteItem(itemId, version) == 0) {
			throw new OptimisticLockingFailureException("planning_item " + itemId + " changed since version " + version);
		}
	}

	// --- activities

	List<RuleViolation> checkActivity(Long activityId, ActivityDraft draft) {
		List<RuleViolation> problems = new ArrayList<>(
				PlanRules.activity(draft, reference.cpiSourceCodes(), reference.workingGroupCodes()));
		if (draft.itemId() != null && sources.item(draft.itemId()).isEmpty()) {
			problems.add(0, RuleViolation.error("itemId", "planning.activity.item.unknown", draft.itemId()));
		}
		if (draft.code() != null && !draft.code().isBlank() && activities.codeTaken(draft.code().strip(), activityId)) {
			problems.add(0, RuleViolation.error("code", "planning.activity.code.taken", draft.code().strip()));
		}
		return problems;
	}

	@Transactional
	public long createActivity(ActivityDraft draft) {
		PlanRules.enforce(checkActivity(null, draft), draft.warningsConfirmed());
		String code = draft.code() == null || draft.code().isBlank() ? activities.nextCode(codePrefix(draft))
				: draft.code().strip();
		long id = activities.insert(code, draft);
		events.publishEvent(new ActivitySaved(id));
		return id;
	}

	@Transactional
	public void updateActivity(long id, int version, ActivityDraft draft) {
		ActivityRepository.ActivityRow current = requireActivity(id);
		PlanRules.enforce(checkActivity(id, draft), draft.warningsConfirmed());
		String code = draft.code() == null || draft.code().isBlank() ? current.code() : draft.code().strip();
		if (activities.update(id, version, code, draft) == 0) {
			throw new OptimisticLockingFailureException("planning_activity " + id + " changed since version " + version);
		}
		events.publishEvent(new ActivitySaved(id));
		List<Integer> newYears = years(draft.fiscalYear(), draft.planTerm() == PlanTerm.LONG ? draft.endFy() : null);
		newYears.removeAll(years(current.fiscalYear(), current.endFy()));
		if (!newYears.isEmpty()) {
			// agencies already responsible become responsible in the years the activity now also runs in
			Set<Long> agencies = Set.copyOf(activities.assignments(id).stream().map(Assignment::agencyId).toList());
			if (!agencies.isEmpty()) {
				newYears.forEach(year -> events.publishEvent(new AgenciesAssigned(id, year, agencies)));
			}
		}
	}

	/** A65-, L66-: A for short-term activities, L for long-term plans, then the B.E. year's last two digits. */
	static String codePrefix(ActivityDraft draft) {
		return (draft.planTerm() == PlanTerm.LONG ? "L" : "A") + String.format("%02d", draft.fiscalYear() % 100) + "-";
	}

	// --- responsible agencies

	@Transactional
	public AssignmentResult assign(long activityId, Collection<Long> agencyIds, AgencyRole role) {
		ActivityRepository.ActivityRow activity = requireActivity(activityId);
		Set<Long> added = activities.addAgencies(activityId, agencyIds, role == null ? AgencyRole.CO : role);
		if (!added.isEmpty()) {
			for (int year : years(activity.fiscalYear(), activity.endFy())) {
				events.publishEvent(new AgenciesAssigned(activityId, year, added));
			}
		}
		int distinct = (int) agencyIds.stream().distinct().count();
		return new AssignmentResult(added, distinct - added.size());
	}

	@Transactional
	public void changeRole(long activityId, long agencyId, AgencyRole role) {
		requireActivity(activityId);
		if (activities.changeRole(activityId, agencyId, role) == 0) {
			throw DomainException.notFound("planning.assignment.not-found", agencyId);
		}
	}

	@Transactional
	public void unassign(long activityId, long agencyId) {
		requireActivity(activityId);
		if (activities.removeAgency(activityId, agencyId) == 0) {
			throw DomainException.notFound("planning.assignment.not-found", agencyId);
		}
		events.publishEvent(new AgencyUnassigned(activityId, agencyId));
	}

	// --- KPIs

	@Transactional
	public long addKpi(long activityId, KpiDraft draft) {
		requireActivity(activityId);
		PlanRules.enforce(PlanRules.kpi(draft), false);
		return kpis.insert(activityId, draft, Actor.current());
	}

	/** Adds the KPI's next definition; the earlier ones stay. A draft equal to the current one changes nothing. */
	@Transactional
	public void redefineKpi(long kpiId, int expectedVersion, KpiDraft draft) {
		Kpi current = kpis.find(kpiId).orElseThrow(() -> DomainException.notFound("planning.kpi.not-found", kpiId));
		PlanRules.enforce(PlanRules.kpi(draft), false);
		if (current.definitionVersion() == expectedVersion && sameDefinition(current, draft)) {
			return;
		}
		if (kpis.newVersion(kpiId, expectedVersion, draft, Actor.current()) == 0) {
			throw new OptimisticLockingFailureException("planning_kpi " + kpiId + " changed since version " + expectedVersion);
		}
	}

	@Transactional
	public void retireKpi(long kpiId, int expectedVersion) {
		kpis.find(kpiId).orElseThrow(() -> DomainException.notFound("planning.kpi.not-found", kpiId));
		if (kpis.retire(kpiId, expectedVersion) == 0) {
			throw new OptimisticLockingFailureException("planning_kpi " + kpiId + " changed since version " + expectedVersion);
		}
	}

	static boolean sameDefinition(Kpi current, KpiDraft draft) {
		return current.nameTh().equals(draft.nameTh().strip())
				&& java.util.Objects.equals(current.unitTh(), PlanRules.trimToNull(draft.unitTh()))
				&& sameNumber(current.baseline(), draft.baseline()) && sameNumber(current.target(), draft.target())
				&& current.higherIsBetter() == draft.higherIsBetter();
	}

	private static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	// --- helpers

	static List<Integer> years(int first, Integer last) {
		List<Integer> years = new ArrayList<>();
		for (int year = first; year <= (last == null ? first : last); year++) {
			years.add(year);
		}
		return years;
	}

	private SourceDetail requireSource(long id) {
		return sources.source(id).orElseThrow(() -> DomainException.notFound("planning.source.not-found", id));
	}

	private RecommendationItem requireItem(long id) {
		return sources.item(id).orElseThrow(() -> DomainException.notFound("planning.item.not-found", id));
	}

	private ActivityRepository.ActivityRow requireActivity(long id) {
		return activities.find(id).orElseThrow(() -> DomainException.notFound("planning.activity.not-found", id));
	}

}
