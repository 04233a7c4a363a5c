package org.sujarit.nationalreport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.sujarit.cpi.CountryYear;
import org.sujarit.cpi.Cpi;
import org.sujarit.cpi.SourceChange;
import org.sujarit.cpi.SourceScore;
import org.sujarit.cpi.TargetGap;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivitySummary;
import org.sujarit.planning.CpiSource;
import org.sujarit.planning.Planning;
import org.sujarit.planning.RecommendationSource;
import org.sujarit.planning.WorkingGroup;
import org.sujarit.platform.thai.FiscalYear;
import org.sujarit.reporting.ProgressRow;
import org.sujarit.reporting.ProgressStatus;
import org.sujarit.reporting.ReportFilter;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundCounts;

/**
 * Composes the national report of a round in the seed report's order — cover, introduction, executive
 * summary, the CPI section, quick wins, the progress tables by recommendation source and item, and a
 * section per working group — into a {@link DocumentSink}. Everything but the reports' narratives is small
 * (activities, counts, CPI results) and read first; the narratives are streamed from the reporting module
 * source by source and passed on as they come.
 */
@Component
class ReportComposer {

	/** The member states of ASEAN (Timor-Leste since October 2025), ISO 3166-1 alpha-3. */
	static final Set<String> ASEAN = Set.of("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS");

	/** Years of per-source scores shown, as in the seed (the year and the four before it). */
	static final int SOURCE_YEARS = 5;

	private static final String NO_SOURCE = "";

	private final Reporting reporting;

	private final Planning planning;

	private final Cpi cpi;

	private final Directory directory;

	ReportComposer(Reporting reporting, Planning planning, Cpi cpi, Directory directory) {
		this.reporting = reporting;
		this.planning = planning;
		this.cpi = cpi;
		this.directory = directory;
	}

	void compose(Round round, Integer cpiYear, LocalDate generatedOn, ReportText text, DocumentSink sink)
			throws java.io.IOException {
		Plan plan = plan(round);
		new Composition(round, cpiYear, generatedOn, text, sink, plan).write();
		sink.finish();
	}

	/** The header every page of the report carries. */
	static String runningHeader(Round round, ReportText text) {
		return text.get("nationalreport.header", text.year(round.fiscalYear()));
	}

	private Plan plan(Round round) {
		Map<Long, ActivitySummary> activities = new LinkedHashMap<>();
		planning.activitiesOf(round.fiscalYear()).forEach(activity -> activities.put(activity.id(), activity));
		Map<Long, Map<ProgressStatus, Integer>> progress = reporting.acceptedProgress(round.id());
		List<Long> elsewhere = progress.keySet().stream().filter(id -> !activities.containsKey(id)).toList();
		if (!elsewhere.isEmpty()) {
			activities.putAll(planning.activities(elsewhere));
		}
		Map<String, RoundCounts> counts = reporting.counts(ReportFilter.ofRound(round.id()), Reporting.CountBy.SOURCE)
			.stream()
			.collect(Collectors.toMap(c -> c.group() == null ? NO_SOURCE : c.group(), Function.identity(), (a, b) -> a));
		return new Plan(planning.sources(), activities, progress, counts, agencyNames(round));
	}

	/** The names of the agencies responsible in the round's year, fetched a thousand at a time. */
	private Map<Long, String> agencyNames(Round round) {
		List<Long> ids = planning.assignments(round.fiscalYear()).stream().map(a -> a.agencyId()).distinct().toList();
		Map<Long, String> names = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 1000) {
			directory.agencies(ids.subList(from, Math.min(ids.size(), from + 1000)))
				.forEach((id, agency) -> names.put(id, agency.nameTh()));
		}
		return names;
	}

	/** What the report is made of, besides the narratives. */
	private record Plan(List<RecommendationSource> sources, Map<Long, ActivitySummary> activities,
			Map<Long, Map<ProgressStatus, Integer>> progress, Map<String, RoundCounts> counts, Map<Long, String> agencyNames) {

		List<ActivitySummary> activitiesOf(RecommendationSource source) {
			return activities.values().stream().filter(a -> a.sourceId() == source.id()).toList();
		}

		int accepted(long activityId) {
			return progress.getOrDefault(activityId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
		}

		int accepted(List<ActivitySummary> activities, ProgressStatus status) {
			return activities.stream().mapToInt(a -> progress.getOrDefault(a.id(), java.util.Collections.emptyMap()).getOrDefault(status, 0)).sum();
		}

	}

	/** One writing of the report. */
	private final class Composition {

		private final Round round;

		private final Integer cpiYear;

		private final LocalDate generatedOn;

		private final ReportText text;

		private final DocumentSink sink;

		private final Plan plan;

		private final Map<Long, String> agencyNames;

		private int part;

		private int figure;

		Composition(Round round, Integer cpiYear, LocalDate generatedOn, ReportText text, DocumentSink sink, Plan plan) {
			this.round = round;
			this.cpiYear = cpiYear;
			this.generatedOn = generatedOn;
			this.text = text;
			this.sink = sink;
			this.plan = plan;
			this.agencyNames = plan.agencyNames();
		}

		void write() {
			cover();
			introduction();
			summary();
			if (cpiYear != null) {
				cpiSection();
			}
			quickWins();
			progressTables();
			workingGroups();
		}

		private String fiscalYear() {
			return text.year(round.fiscalYear());
		}

		private String roundName() {
			if (round.kind() == org.sujarit.reporting.RoundKind.CUSTOM && round.titleTh() != null && !round.titleTh().isBlank()) {
				return round.titleTh();
			}
			return text.digits(text.get("reporting.round.kind." + round.kind()));
		}

		private void cover() {
			FiscalYear year = FiscalYear.of(round.fiscalYear());
			LocalDate start = round.periodStart() == null ? year.start() : round.periodStart();
			LocalDate end = round.periodEnd() == null ? year.end() : round.periodEnd();
			sink.cover(text.get("nationalreport.title"),
					List.of(text.get("nationalreport.cover.fiscal-year", fiscalYear()),
							text.get("nationalreport.cover.round", roundName(), text.date(start), text.date(end)),
							text.get("nationalreport.cover.by"), text.get("nationalreport.cover.secretariat"),
							text.get("nationalreport.cover.generated", text.date(generatedOn))));
		}

		private void introduction() {
			sink.heading(1, text.get("nationalreport.intro.heading"));
			int accepted = plan.progress().keySet().stream().mapToInt(plan::accepted).sum();
			sink.paragraph(text.get("nationalreport.intro.why"));
			sink.paragraph(text.get("nationalreport.intro.what", fiscalYear(), roundName(), text.number(accepted),
					text.number(plan.progress().size())));
			sink.paragraph(text.get(cpiYear == null ? "nationalreport.intro.contents" : "nationalreport.intro.contents-cpi"));
			sink.paragraph(text.get("nationalreport.intro.signature", text.date(generatedOn)));
			sink.newPage(false);
		}

		private void summary() {
			sink.heading(1, text.get("nationalreport.summary.heading"));
			List<List<Object>> rows = new ArrayList<>();
			for (RecommendationSource source : plan.sources()) {
				List<ActivitySummary> activities = plan.activitiesOf(source);
				RoundCounts counts = plan.counts().get(source.code());
				if (activities.isEmpty() && counts == null) {
					continue;
				}
				rows.add(summaryRow(source.nameTh(), activities, counts));
			}
			RoundCounts all = RoundCounts.sum(List.copyOf(plan.counts().values()));
			List<ActivitySummary> every = List.copyOf(plan.activities().values());
			List<Object> totals = summaryRow(text.get("nationalreport.summary.total"), every, all);
			int accepted = all.accepted();
			BigDecimal percent = all.expected() == 0 ? BigDecimal.ZERO
					: BigDecimal.valueOf(accepted * 100L).divide(BigDecimal.valueOf(all.expected()), 1, RoundingMode.HALF_UP);
			long reported = every.stream().filter(a -> plan.accepted(a.id()) > 0).count();
			sink.paragraph(text.get("nationalreport.summary.overview", fiscalYear(), text.number(every.size()),
					text.number(rows.size()), text.number(all.expected()), text.number(accepted), text.decimal(percent),
					text.number(reported)));
			sink.paragraph(text.get("nationalreport.summary.statuses", text.number(plan.accepted(every, ProgressStatus.COMPLETED)),
					text.number(plan.accepted(every, ProgressStatus.ON_TRACK)), text.number(plan.accepted(every, ProgressStatus.DELAYED)),
					text.number(plan.accepted(every, ProgressStatus.NOT_STARTED)),
					text.number(plan.accepted(every, ProgressStatus.CANCELLED) + plan.accepted(every, ProgressStatus.SUSPENDED))));
			DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.summary"), text.get("nationalreport.summary.table"),
					List.of(text.get("reporting.export.source"), text.get("nationalreport.summary.activities"),
							text.get("nationalreport.summary.reported"), text.get("nationalreport.summary.expected"),
							text.get("nationalreport.summary.accepted"), text.get("reporting.progress.COMPLETED"),
							text.get("reporting.progress.ON_TRACK"), text.get("reporting.progress.DELAYED"),
							text.get("reporting.progress.NOT_STARTED"), text.get("nationalreport.summary.stopped")),
					new float[] { 3.6f, 1.4f, 1.5f, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f }, 0);
			rows.forEach(table::row);
			table.row(totals);
			table.end();
		}

		private List<Object> summaryRow(String name, List<ActivitySummary> activities, RoundCounts counts) {
			return List.of(name, activities.size(), (int) activities.stream().filter(a -> plan.accepted(a.id()) > 0).count(),
					counts == null ? 0 : counts.expected(), plan.accepted(activities, ProgressStatus.COMPLETED)
							+ plan.accepted(activities, ProgressStatus.ON_TRACK) + plan.accepted(activities, ProgressStatus.DELAYED)
							+ plan.accepted(activities, ProgressStatus.NOT_STARTED) + plan.accepted(activities, ProgressStatus.CANCELLED)
							+ plan.accepted(activities, ProgressStatus.SUSPENDED) + plan.accepted(activities, null),
					plan.accepted(activities, ProgressStatus.COMPLETED), plan.accepted(activities, ProgressStatus.ON_TRACK),
					plan.accepted(activities, ProgressStatus.DELAYED), plan.accepted(activities, ProgressStatus.NOT_STARTED),
					plan.accepted(activities, ProgressStatus.CANCELLED) + plan.accepted(activities, ProgressStatus.SUSPENDED));
		}

		// --- CPI

		private String cpiYearLabel(int year) {
			return text.thai() ? text.digits(year + "/" + (year + FiscalYear.BE_OFFSET)) : Integer.toString(year);
		}

		private void cpiSection() {
			int year = cpiYear;
			sink.heading(1, text.get("nationalreport.cpi.heading", partNumber(), text.year(year + FiscalYear.BE_OFFSET)));
			List<CountryYear> history = cpi.thailandHistory().stream().filter(c -> c.year() <= year && c.scored()).toList();
			Optional<CountryYear> result = history.stream().filter(c -> c.year() == year).findFirst();
			if (result.isEmpty()) {
				sink.paragraph(text.get("nationalreport.cpi.unscored", text.year(year + FiscalYear.BE_OFFSET)));
			}
			else {
				CountryYear thailand = result.get();
				Optional<CountryYear> before = history.stream().filter(c -> c.year() == year - 1).findFirst();
				String change = before.map(b -> changeSentence(thailand.score() - b.score())).orElse("");
				sink.paragraph(text.get("nationalreport.cpi.result", text.year(year + FiscalYear.BE_OFFSET),
						text.number(thailand.score()), text.number(thailand.rank()), text.number(thailand.countries()),
						interval(thailand.ciLow()), interval(thailand.ciHigh()), change));
				sink.paragraph(text.get("nationalreport.cpi.target", text.number(TargetGap.TARGET_SCORE),
						text.number(TargetGap.TARGET_RANK), text.year(TargetGap.TARGET_YEAR + FiscalYear.BE_OFFSET),
						text.number(Math.max(0, TargetGap.TARGET_SCORE - thailand.score()))));
			}
			historyTable(history);
			sourcesTable(year);
			asean(year);
		}

		private String changeSentence(int difference) {
			String trend = difference > 0 ? "UP" : difference < 0 ? "DOWN" : "SAME";
			return text.get("nationalreport.cpi.change." + trend, text.number(Math.abs(difference)));
		}

		private String interval(BigDecimal value) {
			return value == null ? "-" : text.decimal(value.setScale(2, RoundingMode.HALF_UP));
		}

		private void historyTable(List<CountryYear> history) {
			if (history.isEmpty()) {
				return;
			}
			DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.cpi"), text.get("nationalreport.cpi.history.table"),
					List.of(text.get("nationalreport.cpi.year"), text.get("nationalreport.cpi.score"), text.get("nationalreport.cpi.rank"),
							text.get("nationalreport.cpi.countries"), text.get("nationalreport.cpi.change")),
					new float[] { 2, 1, 1, 1, 1.5f }, 0);
			Integer previous = null;
			List<ReportCharts.Point> points = new ArrayList<>();
			for (CountryYear year : history) {
				table.row(List.of(cpiYearLabel(year.year()), year.score(), year.rank() == null ? "-" : year.rank(),
						year.countries() == null ? "-" : year.countries(),
						previous == null ? "-" : text.signed(year.score() - previous)));
				previous = year.score();
				if (year.rank() != null) {
					points.add(new ReportCharts.Point(text.thai() ? text.year(year.year() + FiscalYear.BE_OFFSET) : Integer.toString(year.year()),
							year.score(), year.ciLow() == null ? year.score() : year.ciLow().doubleValue(),
							year.ciHigh() == null ? year.score() : year.ciHigh().doubleValue(), year.rank()));
				}
			}
			table.end();
			if (!points.isEmpty()) {
				sink.image(ReportCharts.history(points, text.get("cpi.chart.score"), text.get("cpi.chart.rank"), text),
						ReportCharts.WIDTH, ReportCharts.HISTORY_HEIGHT, text.get("nationalreport.cpi.history.chart", text.number(++figure)));
			}
		}

		private void sourcesTable(int year) {
			List<Integer> years = new ArrayList<>();
			Map<Integer, Map<String, Integer>> scores = new HashMap<>();
			for (int y = year - SOURCE_YEARS + 1; y <= year; y++) {
				years.add(y);
				scores.put(y, cpi.sourceScores(y).stream().collect(Collectors.toMap(SourceScore::sourceCode, SourceScore::whole)));
			}
			if (scores.get(year).isEmpty()) {
				return;
			}
			List<String> headings = new ArrayList<>();
			headings.add(text.get("nationalreport.cpi.change"));
			headings.add(text.get("nationalreport.cpi.source"));
			years.forEach(y -> headings.add(cpiYearLabel(y)));
			headings.add(text.get("nationalreport.cpi.respondents"));
			float[] widths = new float[headings.size()];
			java.util.Arrays.fill(widths, 1.1f);
			widths[0] = 1.4f;
			widths[1] = 4.5f;
			widths[widths.length - 1] = 2.5f;
			DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.cpi-sources"),
					text.get("nationalreport.cpi.sources.table", text.number(SOURCE_YEARS - 1)), headings, widths, 0);
			Map<String, CpiSource> sources = cpi.sources().stream().collect(Collectors.toMap(CpiSource::code, Function.identity()));
			for (SourceChange change : cpi.sourceChanges(year)) {
				if (change.trend() == SourceChange.Trend.NONE) {
					continue;
				}
				CpiSource source = sources.get(change.sourceCode());
				List<Object> row = new ArrayList<>();
				row.add(trend(change));
				row.add(source == null || source.whatItAsksTh() == null ? change.sourceName()
						: change.sourceName() + "\n" + source.whatItAsksTh());
				for (Integer y : years) {
					Integer score = scores.get(y).get(change.sourceCode());
					row.add(score == null ? "-" : score);
				}
				row.add(source == null || source.respondentsTh() == null ? "" : source.respondentsTh());
				table.row(row);
			}
			List<Object> total = new ArrayList<>();
			total.add("");
			total.add(text.get("nationalreport.cpi.sources.total"));
			Map<Integer, CountryYear> history = cpi.thailandHistory().stream()
				.collect(Collectors.toMap(CountryYear::year, Function.identity()));
			for (Integer y : years) {
				CountryYear c = history.get(y);
				total.add(c == null || !c.scored() ? "-"
						: text.get("nationalreport.cpi.sources.score-rank", text.number(c.score()),
								c.rank() == null ? "-" : text.number(c.rank()), c.countries() == null ? "-" : text.number(c.countries())));
			}
			total.add("");
			table.row(total);
			table.end();
		}

		private String trend(SourceChange change) {
			String amount = change.difference() == null ? "" : "(" + text.signed(change.difference()) + ")";
			return text.get("cpi.trend." + change.trend(), amount).strip();
		}

		private void asean(int year) {
			List<CountryYear> countries = cpi.countries(year)
				.stream()
				.filter(c -> ASEAN.contains(c.countryCode()) && c.scored())
				.sorted(Comparator.comparing(CountryYear::score).reversed())
				.toList();
			if (countries.size() < 2) {
				return;
			}
			DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.asean"),
					text.get("nationalreport.cpi.asean.table", text.year(year + FiscalYear.BE_OFFSET)),
					List.of(text.get("nationalreport.cpi.asean.rank"), text.get("nationalreport.cpi.country"),
							text.get("nationalreport.cpi.score"), text.get("nationalreport.cpi.world-rank")),
					new float[] { 1.2f, 3, 1, 1.2f }, 0);
			List<ReportCharts.Bar> bars = new ArrayList<>();
			for (CountryYear country : countries) {
				int aseanRank = 1 + (int) countries.stream().filter(c -> c.score() > country.score()).count();
				String name = text.getOr("cpi.country." + country.countryCode(), country.countryName());
				table.row(List.of(aseanRank, name, country.score(), country.rank() == null ? "-" : country.rank()));
				bars.add(new ReportCharts.Bar(name, country.score(), Cpi.THAILAND.equals(country.countryCode())));
			}
			table.end();
			byte[] chart = ReportCharts.comparison(bars, text);
			sink.image(chart, ReportCharts.WIDTH, ReportCharts.comparisonHeight(bars.size()),
					text.get("nationalreport.cpi.asean.chart", text.number(++figure), text.year(year + FiscalYear.BE_OFFSET)));
		}

		// --- quick wins, progress, working groups

		private String partNumber() {
			return text.number(++part);
		}

		private String status(ProgressStatus status) {
			return status == null ? "" : "[" + text.get("reporting.progress." + status) + "] ";
		}

		private String agency(ActivityGroups.Group group, ProgressRow report) {
			String name = group.agencyNames().get(report.agencyId());
			return "LEAD".equals(report.agencyRole()) ? name + " " + text.get("nationalreport.progress.lead") : name;
		}

		private ActivitySummary activity(long id) {
			return plan.activities().computeIfAbsent(id, key -> planning.activity(key).orElse(null));
		}

		private void quickWins() {
			List<ActivitySummary> quickWins = plan.activities().values().stream().filter(ActivitySummary::quickWin).toList();
			sink.heading(1, text.get("nationalreport.quickwins.heading", partNumber(), text.number(quickWins.size())));
			if (quickWins.isEmpty()) {
				sink.paragraph(text.get("nationalreport.quickwins.empty"));
				return;
			}
			int[] number = { 0 };
			Set<Long> shown = new java.util.HashSet<>();
			ActivityGroups groups = new ActivityGroups(directory, agencyNames, group -> {
				ActivitySummary activity = activity(group.activityId());
				quickWin(++number[0], activity);
				shown.add(group.activityId());
				for (ProgressRow report : group.reports()) {
					sink.paragraph(text.get("nationalreport.progress.line", agency(group, report), status(report.progressStatus()),
							report.narrative() == null ? "" : report.narrative().strip()));
				}
			});
			// source by source in the plan's order, as the progress tables
			for (RecommendationSource source : plan.sources()) {
				List<Long> ids = quickWins.stream().filter(a -> a.sourceId() == source.id()).map(ActivitySummary::id).toList();
				if (!ids.isEmpty()) {
					reporting.streamAccepted(round.id(), ids, groups);
					groups.finish();
				}
			}
			for (ActivitySummary activity : quickWins) {
				if (!shown.contains(activity.id())) {
					quickWin(++number[0], activity);
					sink.paragraph(text.get("nationalreport.quickwins.none"));
				}
			}
		}

		private void quickWin(int number, ActivitySummary activity) {
			sink.heading(3, text.get("nationalreport.quickwins.item", text.number(number), activity.titleTh()));
			sink.paragraph(text.get("nationalreport.quickwins.where", activity.sourceNameTh(),
					activity.itemCode() + " " + activity.itemTitleTh()));
		}

		private void progressTables() {
			sink.newPage(true);
			sink.heading(1, text.get("nationalreport.progress.heading", partNumber(), fiscalYear()));
			List<String> headings = List.of(text.get("reporting.export.source"), text.get("reporting.export.item"),
					text.get("reporting.export.activity"), text.get("reporting.export.timeframe"),
					text.get("reporting.export.agencies"), text.get("reporting.export.progress"));
			float[] widths = { 2.2f, 2.6f, 3, 1.3f, 2.2f, 6.5f };
			int sourceNumber = 0;
			int reports = 0;
			Set<Long> placed = new java.util.HashSet<>();
			for (RecommendationSource source : plan.sources()) {
				List<Long> ids = plan.activitiesOf(source).stream().map(ActivitySummary::id).filter(id -> plan.accepted(id) > 0).toList();
				if (ids.isEmpty()) {
					continue;
				}
				placed.addAll(ids);
				sink.heading(2, text.get("nationalreport.progress.source", text.number(++sourceNumber), source.nameTh()));
				reports += progressTable(ids, headings, widths);
			}
			List<Long> others = plan.progress().keySet().stream().filter(id -> !placed.contains(id)).toList();
			if (!others.isEmpty()) {
				sink.heading(2, text.get("nationalreport.progress.source", text.number(++sourceNumber),
						text.get("nationalreport.summary.no-source")));
				reports += progressTable(others, headings, widths);
			}
			if (reports == 0) {
				sink.paragraph(text.get("nationalreport.progress.empty"));
			}
		}

		private int progressTable(List<Long> activityIds, List<String> headings, float[] widths) {
			DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.progress"), null, headings, widths, 4);
			ActivityGroups groups = new ActivityGroups(directory, agencyNames, group -> {
				ActivitySummary activity = activity(group.activityId());
				for (ProgressRow report : group.reports()) {
					table.row(List.of(activity == null ? "" : activity.sourceNameTh(),
							activity == null ? "" : activity.itemCode() + " " + activity.itemTitleTh(),
							activity == null ? "" : activity.titleTh(),
							activity == null || activity.timeframeTh() == null ? "" : activity.timeframeTh(), agency(group, report),
							status(report.progressStatus()) + (report.narrative() == null ? "" : report.narrative().strip())));
				}
			});
			reporting.streamAccepted(round.id(), activityIds, groups);
			int reports = groups.finish();
			table.end();
			return reports;
		}

		private void workingGroups() {
			sink.newPage(true);
			sink.heading(1, text.get("nationalreport.groups.heading", partNumber()));
			Map<String, String> sourceNames = cpi.sources().stream().collect(Collectors.toMap(CpiSource::code, CpiSource::name));
			Map<String, SourceChange> changes = cpiYear == null ? Map.of()
					: cpi.sourceChanges(cpiYear).stream().collect(Collectors.toMap(SourceChange::sourceCode, Function.identity()));
			Map<Long, Integer> sourceOrder = new HashMap<>();
			plan.sources().forEach(s -> sourceOrder.put(s.id(), s.sortOrder()));
			for (WorkingGroup group : planning.workingGroups()) {
				sink.heading(2, group.nameTh());
				sink.paragraph(text.get("nationalreport.groups.sources",
						group.cpiSources().stream().map(code -> sourceNames.getOrDefault(code, code)).collect(Collectors.joining(", "))));
				if (cpiYear != null && group.cpiSources().stream().anyMatch(changes::containsKey)) {
					DocumentSink.Table scores = sink.table(text.get("nationalreport.sheet.group-scores"),
							text.get("nationalreport.groups.scores", group.nameTh(), text.year(cpiYear + FiscalYear.BE_OFFSET)),
							List.of(text.get("nationalreport.cpi.source"), cpiYearLabel(cpiYear - 1), cpiYearLabel(cpiYear),
									text.get("nationalreport.cpi.change")),
							new float[] { 5, 1.3f, 1.3f, 1.6f }, 0);
					for (String code : group.cpiSources()) {
						SourceChange change = changes.get(code);
						if (change != null && change.trend() != SourceChange.Trend.NONE) {
							scores.row(List.of(change.sourceName(), change.previous() == null ? "-" : change.previous(),
									change.current() == null ? "-" : change.current().whole(), trend(change)));
						}
					}
					scores.end();
				}
				List<ActivitySummary> aimed = plan.activities()
					.values()
					.stream()
					.filter(a -> a.workingGroups().contains(group.code()))
					.sorted(Comparator.comparing((ActivitySummary a) -> sourceOrder.getOrDefault(a.sourceId(), Integer.MAX_VALUE))
						.thenComparing(ActivitySummary::itemCode)
						.thenComparing(ActivitySummary::code))
					.toList();
				if (aimed.isEmpty()) {
					sink.paragraph(text.get("nationalreport.groups.none"));
					continue;
				}
				DocumentSink.Table table = sink.table(text.get("nationalreport.sheet.groups"),
						text.get("nationalreport.groups.activities", group.nameTh(), text.number(aimed.size())),
						List.of(text.get("reporting.export.source"), text.get("reporting.export.item"), text.get("reporting.export.activity"),
								text.get("nationalreport.summary.accepted"), text.get("reporting.export.status")),
						new float[] { 2.5f, 3, 4.5f, 1.3f, 3.5f }, 2);
				for (ActivitySummary activity : aimed) {
					table.row(List.of(activity.sourceNameTh(), activity.itemCode() + " " + activity.itemTitleTh(), activity.titleTh(),
							plan.accepted(activity.id()), statusSummary(plan.progress().get(activity.id()))));
				}
				table.end();
			}
		}

		private String statusSummary(Map<ProgressStatus, Integer> counts) {
			if (counts == null || counts.isEmpty()) {
				return text.get("nationalreport.groups.no-report");
			}
			Map<ProgressStatus, Integer> ordered = new EnumMap<>(ProgressStatus.class);
			counts.forEach((status, n) -> {
				if (status != null) {
					ordered.put(status, n);
				}
			});
			List<String> parts = new ArrayList<>();
			ordered.forEach((status, n) -> parts.add(text.get("reporting.progress." + status) + " " + text.number(n)));
			Integer unstated = counts.get(null);
			if (unstated != null) {
				parts.add(text.get("nationalreport.groups.unstated") + " " + text.number(unstated));
			}
			return String.join(" · ", parts);
		}

	}

}
