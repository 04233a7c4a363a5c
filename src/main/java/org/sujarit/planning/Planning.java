package org.sujarit.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.directory.AgencySelector;
import org.sujarit.directory.Directory;
import org.sujarit.platform.web.DomainException;

/**
 * The planning module's facade. Reads are open to every caller (other modules read plans from event
 * listeners with no signed-in user); changes need a coordinator (activities, agencies, KPIs) or a
 * coordinator or system administrator (sources and items).
 */
@Service
public class Planning {

	static final String EDIT_SOURCES = "hasAnyRole('COORDINATOR','SYSTEM_ADMIN')";

	static final String EDIT_PLANS = "hasRole('COORDINATOR')";

	private final SourceRepository sources;

	private final ActivityRepository activities;

	private final KpiRepository kpis;

	private final ReferenceRepository reference;

	private final PlanningCommands commands;

	private final Directory directory;

	private final EffectiveTagsCache tagsCache;

	Planning(SourceRepository sources, ActivityRepository activities, KpiRepository kpis, ReferenceRepository reference,
			PlanningCommands commands, Directory directory, EffectiveTagsCache tagsCache) {
		this.sources = sources;
		this.activities = activities;
		this.kpis = kpis;
		this.reference = reference;
		this.commands = commands;
		this.directory = directory;
		this.tagsCache = tagsCache;
	}

	// --- the API other modules use

	/** Every activity × agency of the fiscal year (B.E.), long-term activities running in it included. */
	public List<Assignment> assignments(int fiscalYear) {
		return activities.assignmentsInYear(fiscalYear);
	}

	/** The agencies responsible for one activity, leads first. */
	public List<Assignment> assignmentsOf(long activityId) {
		return activities.assignments(activityId);
	}

	/** The agencies responsible for each of the activities, leads first. */
	public Map<Long, List<Assignment>> assignmentsOf(Collection<Long> activityIds) {
		Map<Long, List<Assignment>> byActivity = new LinkedHashMap<>();
		activities.assignments(activityIds)
			.forEach(assignment -> byActivity.computeIfAbsent(assignment.activityId(), id -> new ArrayList<>()).add(assignment));
		return byActivity;
	}

	public Optional<ActivitySummary> activity(long id) {
		return activities.find(id).map(row -> summaries(List.of(row)).get(0));
	}

	public Map<Long, ActivitySummary> activities(Collection<Long> ids) {
		return summaries(activities.findAll(Set.copyOf(ids))).stream()
			.collect(Collectors.toMap(ActivitySummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** Activities of the fiscal year (B.E.): short-term ones of that year and long-term ones running in it. */
	public List<ActivitySummary> activitiesOf(int fiscalYear) {
		return findActivities(ActivityFilter.fiscalYear(fiscalYear), Integer.MAX_VALUE, 0);
	}

	/** Current definitions of the activity's KPIs that are still measured. */
	public List<Kpi> kpis(long activityId) {
		return kpis.current(activityId);
	}

	public List<RecommendationSource> sources() {
		return sources.sources().stream().map(SourceDetail::summary).toList();
	}

	/**
	 * A page of activities in id order after {@code afterId}: all of them, or those changed at or after
	 * {@code since}. For the search index.
	 */
	public List<SearchableActivity> searchableActivities(java.time.Instant since, long afterId, int limit) {
		return activities.searchable(since, afterId, limit);
	}

	// --- more reads, for pages and the JSON API

	/** Every source with its editable details, inactive ones included. */
	public List<SourceDetail> sourceDetails() {
		return sources.sources();
	}

	public Optional<SourceDetail> source(long id) {
		return sources.source(id);
	}

	public Optional<SourceDetail> sourceByCode(String code) {
		return sources.sourceByCode(code);
	}

	/** Every source with its counts; activities, agencies and quick wins of one fiscal year if given. */
	public List<SourceOverview> sourceOverviews(Integer fiscalYear) {
		Map<Long, int[]> counts = sources.counts(fiscalYear);
		return sources.sources().stream().map(source -> {
			int[] c = counts.getOrDefault(source.id(), new int[4]);
			return new SourceOverview(source, c[0], c[1], c[2], c[3]);
		}).toList();
	}

	/** The source's item tree with the activities under each item (of one fiscal year if given). */
	public SourceTree tree(long sourceId, Integer fiscalYear) {
		SourceDetail source = sources.source(sourceId)
			.orElseThrow(() -> DomainException.notFound("planning.source.not-found", sourceId));
		List<RecommendationItem> items = sources.items(sourceId);
		Map<Long, List<ActivitySummary>> byItem = new HashMap<>();
		summaries(activities.ofSource(sourceId, fiscalYear))
			.forEach(activity -> byItem.computeIfAbsent(activity.itemId(), id -> new ArrayList<>()).add(activity));
		Map<Long, List<RecommendationItem>> children = new HashMap<>();
		List<RecommendationItem> roots = new ArrayList<>();
		for (RecommendationItem item : items) {
			if (item.parentId() == null) {
				roots.add(item);
			}
			else {
				children.computeIfAbsent(item.parentId(), id -> new ArrayList<>()).add(item);
			}
		}
		return new SourceTree(source, roots.stream().map(item -> node(item, children, byItem)).toList());
	}

	private static ItemNode node(RecommendationItem item, Map<Long, List<RecommendationItem>> children,
			Map<Long, List<ActivitySummary>> activities) {
		List<ItemNode> below = children.getOrDefault(item.id(), List.of())
			.stream()
			.sorted(Comparator.comparingInt(RecommendationItem::sortOrder))
			.map(child -> node(child, children, activities))
			.toList();
		return new ItemNode(item, below, activities.getOrDefault(item.id(), List.of()));
	}

	public List<RecommendationItem> items(long sourceId) {
		return sources.items(sourceId);
	}

	public Optional<RecommendationItem> item(long id) {
		return sources.item(id);
	}

	public Optional<RecommendationItem> itemByCode(long sourceId, String code) {
		return sources.itemByCode(sourceId, code);
	}

	/** The item and its ancestors, from the top of the tree down. */
	public List<RecommendationItem> itemPath(long itemId) {
		return sources.path(itemId);
	}

	public List<ActivitySummary> findActivities(ActivityFilter filter, int limit, int offset) {
		return summaries(activities.find(filter, limit, offset));
	}

	public int countActivities(ActivityFilter filter) {
		return activities.count(filter);
	}

	/** Fiscal years that have activities, newest first. */
	public List<Integer> fiscalYears() {
		return activities.fiscalYears();
	}

	/** The fiscal years each activity runs in. */
	public Map<Long, ActivityTerm> terms(Collection<Long> activityIds) {
		return activities.terms(activityIds);
	}

	/**
	 * The CPI sources each activity is tagged with itself, as opposed to those it inherits from its item
	 * and the item's ancestors ({@link ActivitySummary#cpiSources()} holds both). Activities without own
	 * tags are left out.
	 */
	public Map<Long, Set<String>> ownCpiSources(Collection<Long> activityIds) {
		return activities.ownCpiSources(activityIds);
	}

	/** Number of responsible agencies per activity. */
	public Map<Long, Integer> agencyCounts(Collection<Long> activityIds) {
		return activities.agencyCounts(activityIds);
	}

	/** Agencies responsible for at least one activity (of the fiscal year if given). */
	public List<Long> assignedAgencies(Integer fiscalYear) {
		return activities.assignedAgencies(fiscalYear);
	}

	public Optional<ActivityDetail> activityDetail(long id) {
		return activities.find(id).map(row -> {
			ActivitySummary summary = summaries(List.of(row)).get(0);
			return new ActivityDetail(summary, row.planTerm(), row.startFy(), row.endFy(), row.description(),
					row.emenscrProjectId(), row.version(), sources.path(row.itemId()), activities.ownCpiSources(id),
					activities.ownWorkingGroups(id), activities.assignments(id), kpis.current(id));
		});
	}

	public Optional<ActivitySummary> activityByCode(String code) {
		return activities.findByCode(code).map(row -> summaries(List.of(row)).get(0));
	}

	/** Every KPI of the activity, retired ones too, with all their definitions. */
	public List<KpiHistory> kpiHistories(long activityId) {
		return kpis.histories(activityId);
	}

	public Optional<Kpi> kpi(long kpiId) {
		return kpis.find(kpiId);
	}

	/** One definition of a KPI, e.g. the one a report was made against. */
	public Optional<KpiVersion> kpiVersion(long kpiId, int version) {
		return kpis.version(kpiId, version);
	}

	public List<CpiSource> cpiSources() {
		return reference.cpiSources();
	}

	public List<WorkingGroup> workingGroups() {
		return reference.workingGroups();
	}

	/** Every rule the draft breaks, hard errors and warnings, without saving anything. */
	public List<RuleViolation> checkActivity(Long activityId, ActivityDraft draft) {
		return commands.checkActivity(activityId, draft);
	}

	/** Every rule the item draft breaks, without saving anything. */
	public List<RuleViolation> checkItem(long sourceId, Long itemId, ItemDraft draft) {
		return commands.checkItem(sourceId, itemId, draft);
	}

	// --- changes

	@PreAuthorize(EDIT_SOURCES)
	public long createSource(SourceDraft draft) {
		return commands.createSource(draft);
	}

	@PreAuthorize(EDIT_SOURCES)
	public void updateSource(long id, int version, SourceDraft draft) {
		commands.updateSource(id, version, draft);
	}

	@PreAuthorize(EDIT_SOURCES)
	public long createItem(long sourceId, ItemDraft draft) {
		return commands.createItem(sourceId, draft);
	}

	@PreAuthorize(EDIT_SOURCES)
	public void updateItem(long itemId, int version, ItemDraft draft) {
		commands.updateItem(itemId, version, draft);
	}

	@PreAuthorize(EDIT_SOURCES)
	public void deleteItem(long itemId, int version) {
		commands.deleteItem(itemId, version);
	}

	/** Creates an activity; throws {@link PlanRulesBroken} on hard errors or unconfirmed warnings. */
	@PreAuthorize(EDIT_PLANS)
	public long createActivity(ActivityDraft draft) {
		return commands.createActivity(draft);
	}

	/** Changes an activity last read at {@code version}; a concurrent change fails the optimistic lock. */
	@PreAuthorize(EDIT_PLANS)
	public void updateActivity(long id, int version, ActivityDraft draft) {
		commands.updateActivity(id, version, draft);
	}

	/** Makes agencies responsible; publishes {@link AgenciesAssigned} for those newly added. */
	@PreAuthorize(EDIT_PLANS)
	public AssignmentResult assign(long activityId, Collection<Long> agencyIds, AgencyRole role) {
		Set<Long> ids = Set.copyOf(agencyIds);
		Set<Long> known = directory.agencies(ids).keySet();
		ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(unknown -> {
			throw DomainException.invalid("planning.assignment.agency-unknown", unknown);
		});
		return commands.assign(activityId, agencyIds, role);
	}

	/** Agencies the selector would add: the matching active agencies, in directory order. */
	public List<Long> preview(AgencySelector selector) {
		if (selector.isEmpty()) {
			return List.of();
		}
		return directory.select(selector).stream().map(org.sujarit.directory.Agency::id).toList();
	}

	/** Makes every active agency the selector matches responsible (many at once, e.g. all 76 อบจ.). */
	@PreAuthorize(EDIT_PLANS)
	@Transactional
	public AssignmentResult assign(long activityId, AgencySelector selector, AgencyRole role) {
		if (selector.isEmpty()) {
			throw DomainException.invalid("planning.assignment.selector-empty");
		}
		return commands.assign(activityId, preview(selector), role);
	}

	@PreAuthorize(EDIT_PLANS)
	public void changeRole(long activityId, long agencyId, AgencyRole role) {
		commands.changeRole(activityId, agencyId, role);
	}

	@PreAuthorize(EDIT_PLANS)
	public void unassign(long activityId, long agencyId) {
		commands.unassign(activityId, agencyId);
	}

	@PreAuthorize(EDIT_PLANS)
	public long addKpi(long activityId, KpiDraft draft) {
		return commands.addKpi(activityId, draft);
	}

	/** Gives the KPI a new definition version (last read at {@code version}); earlier versions are kept. */
	@PreAuthorize(EDIT_PLANS)
	public void redefineKpi(long kpiId, int version, KpiDraft draft) {
		commands.redefineKpi(kpiId, version, draft);
	}

	@PreAuthorize(EDIT_PLANS)
	public void retireKpi(long kpiId, int version) {
		commands.retireKpi(kpiId, version);
	}

	private List<ActivitySummary> summaries(List<ActivityRepository.ActivityRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(ActivityRepository.ActivityRow::id).toList();
		Map<Long, EffectiveTagsCache.Tags> tags = tagsCache.tags(ids, missing -> {
			Map<Long, Set<String>> cpi = activities.effectiveCpiSources(missing);
			Map<Long, Set<String>> groups = activities.effectiveWorkingGroups(missing);
			Map<Long, EffectiveTagsCache.Tags> loaded = new HashMap<>();
			missing.forEach(id -> loaded.put(id,
					new EffectiveTagsCache.Tags(cpi.getOrDefault(id, Set.of()), groups.getOrDefault(id, Set.of()))));
			return loaded;
		});
		return rows.stream()
			.map(row -> row.summary(tags.get(row.id()).cpiSources(), tags.get(row.id()).workingGroups()))
			.toList();
	}

}
