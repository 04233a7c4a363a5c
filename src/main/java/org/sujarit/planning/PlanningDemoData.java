package org.sujarit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.platform.demo.DemoDataStep;
import org.sujarit.platform.tabular.BundledCsv;
import org.sujarit.platform.web.DomainException;

/**
 * Demo plans from the FY2565 national table (src/main/resources/demo, see its README) and the frame of
 * the long-term plan 2566–2570 (src/main/resources/planning/demo). Loads only what is missing: sources,
 * items and activities by code; agency links and KPIs that are not there yet. An agency code the
 * directory does not know is logged and its link skipped.
 */
@Component
class PlanningDemoData implements DemoDataStep {

	static final List<String> SOURCES = List.of("demo/recommendation-sources.csv", "planning/demo/long-term-sources.csv");

	static final List<String> ITEMS = List.of("demo/recommendation-items.csv", "planning/demo/long-term-items.csv");

	static final List<String> ACTIVITIES = List.of("demo/activities.csv", "planning/demo/long-term-activities.csv");

	private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

	private final PlanningCommands commands;

	private final SourceRepository sources;

	private final ActivityRepository activities;

	private final KpiRepository kpis;

	private final Directory directory;

	PlanningDemoData(PlanningCommands commands, SourceRepository sources, ActivityRepository activities,
			KpiRepository kpis, Directory directory) {
		this.commands = commands;
		this.sources = sources;
		this.activities = activities;
		this.kpis = kpis;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void load() {
		Map<String, Long> sourceIds = new LinkedHashMap<>();
		SOURCES.stream().flatMap(path -> BundledCsv.read(path).stream()).forEach(row -> {
			long id = sources.sourceByCode(row.get("code"))
				.map(SourceDetail::id)
				.orElseGet(() -> commands.createSource(new SourceDraft(row.get("code"), row.get("name_th"),
						row.orNull("name_en"), row.orNull("issuer_th"), row.orNull("period_th"),
						Integer.valueOf(row.get("sort_order")), true)));
			sourceIds.put(row.get("code"), id);
		});
		ITEMS.stream().flatMap(path -> BundledCsv.read(path).stream()).forEach(row -> item(row, sourceIds));
		int[] loaded = new int[3];
		Map<String, Integer> missing = new java.util.TreeMap<>();
		ACTIVITIES.stream()
			.flatMap(path -> BundledCsv.read(path).stream())
			.forEach(row -> activity(row, sourceIds, loaded, missing));
		if (!missing.isEmpty()) {
			log.warn("Planning demo data: {} agency codes are not in the directory; their links were skipped: {}",
					missing.size(), missing);
		}
		if (loaded[0] + loaded[1] + loaded[2] > 0) {
			log.info("Planning demo data: {} activities, {} agency links, {} KPIs added", loaded[0], loaded[1], loaded[2]);
		}
	}

	private void item(BundledCsv.Row row, Map<String, Long> sourceIds) {
		Long sourceId = sourceIds.get(row.get("source_code"));
		if (sourceId == null) {
			log.warn("Demo item {} {} names an unknown source; skipped", row.get("source_code"), row.get("item_code"));
			return;
		}
		if (sources.itemByCode(sourceId, row.get("item_code")).isPresent()) {
			return;
		}
		Long parentId = null;
		if (!row.get("parent_item_code").isEmpty()) {
			Optional<RecommendationItem> parent = sources.itemByCode(sourceId, row.get("parent_item_code"));
			if (parent.isEmpty()) {
				log.warn("Demo item {} {}: parent {} not loaded; skipped", row.get("source_code"), row.get("item_code"),
						row.get("parent_item_code"));
				return;
			}
			parentId = parent.get().id();
		}
		commands.createItem(sourceId, new ItemDraft(parentId, row.get("item_code"), ItemLevel.valueOf(row.get("level")),
				row.get("title_th"), Integer.valueOf(row.get("sort_order")),
				ReferenceData.split(row.get("cpi_sources"), "|"), ReferenceData.split(row.get("working_groups"), "|")));
	}

	private void activity(BundledCsv.Row row, Map<String, Long> sourceIds, int[] loaded, Map<String, Integer> missing) {
		String code = row.get("code");
		Long activityId = activities.findByCode(code).map(ActivityRepository.ActivityRow::id).orElse(null);
		if (activityId == null) {
			Long sourceId = sourceIds.get(row.get("source_code"));
			Optional<RecommendationItem> item = sourceId == null ? Optional.empty()
					: sources.itemByCode(sourceId, row.get("item_code"));
			if (item.isEmpty()) {
				log.warn("Demo activity {}: item {} {} not loaded; skipped", code, row.get("source_code"),
						row.get("item_code"));
				return;
			}
			PlanTerm term = row.get("plan_term").isEmpty() ? PlanTerm.SHORT : PlanTerm.valueOf(row.get("plan_term"));
			ActivityDraft draft = new ActivityDraft(item.get().id(), code, Integer.valueOf(row.get("fiscal_year")), term,
					row.get("end_fy").isEmpty() ? null : Integer.valueOf(row.get("end_fy")), row.get("title_th"),
					row.orNull("description"), row.orNull("timeframe_th"), date(row.get("start_date")),
					date(row.get("end_date")), amount(row.get("planned_budget")), "true".equalsIgnoreCase(row.get("quick_win")),
					row.orNull("emenscr_project_id"), ReferenceData.split(row.get("cpi_sources"), "|"),
					ReferenceData.split(row.get("working_groups"), "|"), true);
			try {
				activityId = commands.createActivity(draft);
				loaded[0]++;
			}
			catch (DomainException ex) {
				log.warn("Demo activity {} not loaded: {}", code, ex.getMessage());
				return;
			}
		}
		loaded[1] += assign(activityId, List.of(row.get("lead_agency_code")), AgencyRole.LEAD, missing);
		loaded[1] += assign(activityId, List.copyOf(ReferenceData.split(row.get("co_agency_codes"), "|")),
				AgencyRole.CO, missing);
		if (!row.get("kpi_name_th").isEmpty() && !kpis.hasAny(activityId)) {
			commands.addKpi(activityId, new KpiDraft(row.get("kpi_name_th"), row.orNull("kpi_unit_th"),
					amount(row.get("kpi_baseline")), amount(row.get("kpi_target")), true, null));
			loaded[2]++;
		}
	}

	/** Links the agencies the directory knows; counts the codes it does not know in {@code missing}. */
	private int assign(long activityId, List<String> agencyCodes, AgencyRole role, Map<String, Integer> missing) {
		List<Long> ids = new ArrayList<>();
		for (String agencyCode : agencyCodes) {
			if (agencyCode.isBlank()) {
				continue;
			}
			Optional<Agency> agency = directory.agencyByCode(agencyCode);
			if (agency.isEmpty()) {
				missing.merge(agencyCode, 1, Integer::sum);
				continue;
			}
			ids.add(agency.get().id());
		}
		return ids.isEmpty() ? 0 : commands.assign(activityId, ids, role).added().size();
	}

	private static LocalDate date(String value) {
		return value.isEmpty() ? null : LocalDate.parse(value);
	}

	private static BigDecimal amount(String value) {
		return value.isEmpty() ? null : new BigDecimal(value);
	}

}
