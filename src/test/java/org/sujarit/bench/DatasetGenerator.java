package org.sujarit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.sujarit.platform.audit.Actor;
import org.sujarit.reporting.OpenRound;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.Round;
import org.sujarit.reporting.RoundKind;

/**
 * Generates a national-scale dataset into the benchmark's own embedded PostgreSQL: the real app starts on
 * a fresh data directory (migrations, the 7,849 DLA local governments and the planning reference data load
 * as in production), then bulk SQL adds central agencies, recommendation sources, items, activities with
 * KPIs and responsible agencies, opens the rounds through the real {@link Reporting} facade (which creates
 * every expected report), fills the reports with Thai narratives in mixed workflow states, and creates the
 * benchmark's users. Every table's audit trigger fires, as in the real system.
 */
final class DatasetGenerator {

	static final String PASSWORD = "Bench-Password-2569";

	static final String COORDINATOR_PREFIX = "bench-coordinator-";

	static final String REPORTER_PREFIX = "bench-reporter-";

	static final int FISCAL_YEAR = 2569;

	static final String ACTOR = "bench-generator";

	private static final String[] MINISTRIES = { "สำนักนายกรัฐมนตรี", "กระทรวงกลาโหม", "กระทรวงการคลัง",
			"กระทรวงการต่างประเทศ", "กระทรวงการท่องเที่ยวและกีฬา", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
			"กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "กระทรวงเกษตรและสหกรณ์", "กระทรวงคมนาคม",
			"กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", "กระทรวงพลังงาน",
			"กระทรวงพาณิชย์", "กระทรวงมหาดไทย", "กระทรวงยุติธรรม", "กระทรวงแรงงาน", "กระทรวงวัฒนธรรม",
			"กระทรวงศึกษาธิการ", "กระทรวงสาธารณสุข", "กระทรวงอุตสาหกรรม" };

	private static final String[] DEPARTMENT_VERBS = { "ส่งเสริม", "พัฒนา", "กำกับดูแล", "บริหาร", "คุ้มครอง" };

	private static final String[] DEPARTMENT_TOPICS = { "การค้าภายใน", "การลงทุน", "การเกษตร", "สุขภาพ",
			"การศึกษา", "แรงงาน", "ที่ดิน", "ทรัพยากรน้ำ", "พลังงานทดแทน", "การขนส่ง", "วัฒนธรรม", "การท่องเที่ยว",
			"สหกรณ์", "อุตสาหกรรม", "ผู้บริโภค", "สิทธิและเสรีภาพ", "ความปลอดภัย", "ป่าไม้", "ประมง", "ปศุสัตว์",
			"การคลังท้องถิ่น", "เศรษฐกิจดิจิทัล" };

	private static final String[] INDEPENDENT = { "สำนักงานการตรวจเงินแผ่นดิน",
			"สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ", "สำนักงานผู้ตรวจการแผ่นดิน",
			"สำนักงานคณะกรรมการการเลือกตั้ง", "สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ", "สำนักงานศาลรัฐธรรมนูญ",
			"สำนักงานศาลยุติธรรม", "สำนักงานศาลปกครอง", "สำนักงานอัยการสูงสุด", "สำนักงานเลขาธิการวุฒิสภา",
			"สำนักงานเลขาธิการสภาผู้แทนราษฎร" };

	private static final String[] STATE_ENTERPRISES = { "การไฟฟ้านครหลวง", "การไฟฟ้าส่วนภูมิภาค", "การประปานครหลวง",
			"การประปาส่วนภูมิภาค", "การรถไฟแห่งประเทศไทย", "การท่าเรือแห่งประเทศไทย", "การเคหะแห่งชาติ",
			"การทางพิเศษแห่งประเทศไทย", "ธนาคารออมสิน", "องค์การเภสัชกรรม" };

	private static final String[] SOURCES = { "แผนปฏิบัติการเชิงรุกของคณะกรรมาธิการวุฒิสภา พ.ศ. ๒๕๖๕ – ๒๕๖๗",
			"ข้อเสนอแนะของ ป.ป.ช. ระยะที่ ๓", "ข้อเสนอแนะขององค์กรเพื่อความโปร่งใสนานาชาติ (TI)",
			"แผนการปฏิรูปประเทศด้านการป้องกันและปราบปรามการทุจริต", "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริต" };

	private final BenchArgs args;

	private final Path dataDir;

	private final int activities;

	private final int assignments;

	private final int sourceCount;

	private final List<RoundKind> roundKinds;

	private final int narrativeBytes;

	private final long seed;

	private final int coordinators;

	private final int reporters;

	private final ThaiNarratives thai;

	private final boolean audit;

	private final Report report = new Report();

	DatasetGenerator(BenchArgs args) {
		this.args = args;
		this.dataDir = args.path("data-dir", "target/bench-postgres");
		this.activities = args.integer("activities", 1_500);
		this.assignments = args.integer("assignments", 25_000);
		this.sourceCount = Math.min(SOURCES.length, args.integer("sources", 5));
		this.roundKinds = java.util.Arrays.stream(args.string("rounds", "M6,M12").split(","))
			.map(kind -> RoundKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)))
			.sorted()
			.toList();
		this.narrativeBytes = args.integer("narrative-bytes", 3_000);
		this.seed = args.longValue("seed", 2569);
		this.coordinators = args.integer("coordinators", 50);
		this.reporters = args.integer("reporters", 1_000);
		this.thai = ThaiNarratives.load(args.string("seed-text", null));
		this.audit = args.flag("audit", true);
	}

	void run() throws Exception {
		args.rejectUnknown();
		System.out.printf(Locale.ROOT,
				"Generating: %,d activities, %,d assignments x %d round(s) = %,d reports, ~%,d-byte narratives, seed %d%n",
				activities, assignments, roundKinds.size(), (long) assignments * roundKinds.size(), narrativeBytes, seed);
		System.out.printf(Locale.ROOT, "Seed text: %,d Thai sentences%n", thai.sentenceCount());
		wipe(dataDir);
		long started = System.nanoTime();
		try (BenchApp app = BenchApp.start(dataDir)) {
			report.phase("app start: migrations + reference data (DLA local governments)", 0, app.startMillis());
			DataSource dataSource = app.dataSource();
			Reporting reporting = app.bean(Reporting.class);
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				long auditBefore = Sql.single(connection, "select count(*) from audit_log");
				if (!audit) {
					// only to measure what the triggers cost: the dataset then lacks their audit entries
					auditTriggers(connection, false);
					System.out.println("  AUDIT TRIGGERS DISABLED for this generation (--audit=false)");
				}
				long dla = Sql.single(connection,
						"select count(*) from directory_agency where type in ('PROVINCIAL_ADMIN_ORG', 'CITY_MUNICIPALITY', "
								+ "'TOWN_MUNICIPALITY', 'SUBDISTRICT_MUNICIPALITY', 'SUBDISTRICT_ADMIN_ORG', 'SPECIAL_ADMIN_AREA')");
				report.note("local governments loaded by the app", dla);
				Actor.runAs(ACTOR, () -> step(() -> centralAgencies(connection)));
				long coordinatorId = Actor.runAs(ACTOR, () -> step(() -> coordinatorUsers(connection)));
				Actor.runAs(ACTOR, () -> step(() -> planning(connection)));
				List<Round> rounds = step(() -> openRounds(reporting, coordinatorId));
				for (Round round : rounds) {
					Actor.runAs(ACTOR, () -> step(() -> {
						fillReports(connection, round, round == rounds.get(rounds.size() - 1));
						return null;
					}));
				}
				Actor.runAs(ACTOR, () -> step(() -> kpiActualsAndVersions(connection)));
				step(() -> closeEarlierRounds(reporting, rounds, coordinatorId));
				Actor.runAs(ACTOR, () -> step(() -> reporterUsers(connection, rounds.get(rounds.size() - 1).id())));
				if (!audit) {
					auditTriggers(connection, true);
				}
				long analyzed = System.nanoTime();
				connection.setAutoCommit(true);
				// vacuum too, as autovacuum would have long done in a live system: without it the first reads of
				// the load test set every row's hint bits and write the pages back, a stall of seconds
				Sql.update(connection, "vacuum (analyze)");
				report.phase("vacuum and analyze", 0, millisSince(analyzed));
				long auditRows = Sql.single(connection, "select count(*) from audit_log") - auditBefore;
				long total = millisSince(started);
				report.print(total, auditRows);
				summary(connection);
			}
		}
	}

	private static void auditTriggers(Connection connection, boolean enabled) throws SQLException {
		for (Object[] row : Sql.rows(connection, """
				select c.relname, t.tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname like '%\\_audit' and not t.tgisinternal
				""")) {
			Sql.update(connection, "alter table " + row[0] + (enabled ? " enable" : " disable") + " trigger " + row[1]);
		}
		connection.commit();
	}

	// --- agencies and users

	private long centralAgencies(Connection connection) throws SQLException {
		long t = System.nanoTime();
		List<Long> ministries = insertAgencies(connection, "BENCH-MIN-", MINISTRIES, "MINISTRY", null);
		List<String> departments = new ArrayList<>();
		List<Long> parents = new ArrayList<>();
		for (String verb : DEPARTMENT_VERBS) {
			for (String topic : DEPARTMENT_TOPICS) {
				departments.add("กรม" + verb + topic);
				parents.add(ministries.get(departments.size() % ministries.size()));
			}
		}
		List<Long> deps = insertAgencies(connection, "BENCH-DEP-", departments.toArray(String[]::new), "DEPARTMENT",
				parents.toArray(Long[]::new));
		List<Long> ind = insertAgencies(connection, "BENCH-IND-", INDEPENDENT, "INDEPENDENT_AGENCY", null);
		List<Long> se = insertAgencies(connection, "BENCH-SOE-", STATE_ENTERPRISES, "STATE_ENTERPRISE", null);
		connection.commit();
		long rows = ministries.size() + deps.size() + ind.size() + se.size();
		report.phase("central agencies (ministries, departments, independent, state enterprises)", rows, millisSince(t));
		return rows;
	}

	private static List<Long> insertAgencies(Connection connection, String codePrefix, String[] names, String type,
			Long[] parents) throws SQLException {
		String[] codes = new String[names.length];
		for (int i = 0; i < names.length; i++) {
			codes[i] = codePrefix + String.format(Locale.ROOT, "%03d", i + 1);
		}
		return Sql.longs(connection, """
				insert into directory_agency (code, name_th, type, parent_id)
				select code, name, ?, parent
				from unnest(?::text[], ?::text[], ?::bigint[]) with ordinality as a(code, name, parent, n)
				order by n
				returning id
				""", type, codes, names, parents == null ? new Long[names.length] : parents);
	}

	private long coordinatorUsers(Connection connection) throws SQLException {
		long t = System.nanoTime();
		String hash = passwordHash();
		String[] names = new String[coordinators];
		String[] displays = new String[coordinators];
		for (int i = 0; i < coordinators; i++) {
			names[i] = COORDINATOR_PREFIX + String.format(Locale.ROOT, "%03d", i + 1);
			displays[i] = "ผู้ประสานงาน ป.ป.ท. " + (i + 1);
		}
		List<Long> ids = Sql.longs(connection, """
				insert into directory_user (username, password_hash, display_name, roles)
				select u, ?, d, '{COORDINATOR}' from unnest(?::text[], ?::text[]) with ordinality as x(u, d, n)
				order by n returning id
				""", hash, names, displays);
		connection.commit();
		report.phase("coordinator users (bcrypt, one hash shared)", ids.size(), millisSince(t));
		return ids.get(0);
	}

	private long reporterUsers(Connection connection, long openRoundId) throws SQLException {
		long t = System.nanoTime();
		// agencies with something left to edit in the open round; about a tenth central agencies
		List<Object[]> candidates = Sql.rows(connection, """
				select a.id, a.name_th, a.code like 'BENCH-%' as central
				from directory_agency a
				where a.id in (select agency_id from reporting_report
				               where round_id = ? and state in ('EXPECTED', 'DRAFT', 'RETURNED'))
				order by md5(a.id::text || ?)
				""", openRoundId, Long.toString(seed));
		List<Object[]> central = candidates.stream().filter(row -> (Boolean) row[2]).toList();
		List<Object[]> local = candidates.stream().filter(row -> !(Boolean) row[2]).toList();
		int fromCentral = Math.min(central.size(), reporters / 10);
		List<Object[]> chosen = new ArrayList<>(central.subList(0, fromCentral));
		chosen.addAll(local.subList(0, Math.min(local.size(), reporters - fromCentral)));
		String[] names = new String[chosen.size()];
		String[] displays = new String[chosen.size()];
		Long[] agencies = new Long[chosen.size()];
		for (int i = 0; i < chosen.size(); i++) {
			names[i] = REPORTER_PREFIX + String.format(Locale.ROOT, "%04d", i + 1);
			displays[i] = "ผู้รายงาน " + chosen.get(i)[1];
			agencies[i] = ((Number) chosen.get(i)[0]).longValue();
		}
		int rows = Sql.update(connection, """
				insert into directory_user (username, password_hash, display_name, agency_id, roles)
				select u, ?, d, a, '{AGENCY_REPORTER}' from unnest(?::text[], ?::text[], ?::bigint[]) as x(u, d, a)
				""", passwordHash(), names, displays, agencies);
		connection.commit();
		report.phase("reporter users, one per agency with editable reports (" + fromCentral + " central)", rows,
				millisSince(t));
		return rows;
	}

	private static String passwordHash() {
		return "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
	}

	// --- planning

	private long planning(Connection connection) throws SQLException {
		long t = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		List<String> cpi = Sql.rows(connection, "select code from planning_cpi_source order by sort_order, code")
			.stream()
			.map(row -> (String) row[0])
			.toList();
		List<String> groups = Sql.rows(connection, "select code from planning_working_group order by sort_order, code")
			.stream()
			.map(row -> (String) row[0])
			.toList();
		String[] sourceCodes = new String[sourceCount];
		String[] sourceNames = new String[sourceCount];
		for (int i = 0; i < sourceCount; i++) {
			sourceCodes[i] = "BENCH-SRC-" + (i + 1);
			sourceNames[i] = SOURCES[i];
		}
		List<Long> sources = Sql.longs(connection, """
				insert into planning_source (code, name_th, issuer_th, period_th, sort_order)
				select c, n, 'คณะอนุกรรมการขับเคลื่อนการยกระดับ CPI', 'พ.ศ. ๒๕๖๙', o::int
				from unnest(?::text[], ?::text[]) with ordinality as s(c, n, o) order by o returning id
				""", sourceCodes, sourceNames);
		long rows = sources.size();
		// 4 areas x 5 measures per source
		List<Long> areaSource = new ArrayList<>();
		List<String> areaCode = new ArrayList<>();
		List<String> areaTitle = new ArrayList<>();
		for (long source : sources) {
			for (int a = 1; a <= 4; a++) {
				areaSource.add(source);
				areaCode.add(Integer.toString(a));
				areaTitle.add(thai.title(seed * 31 + source * 7 + a));
			}
		}
		List<Long> areas = Sql.longs(connection, """
				insert into planning_item (source_id, code, level, title_th, sort_order)
				select s, c, 'AREA', t, o::int from unnest(?::bigint[], ?::text[], ?::text[]) with ordinality as x(s, c, t, o)
				order by o returning id
				""", areaSource.toArray(Long[]::new), areaCode.toArray(String[]::new), areaTitle.toArray(String[]::new));
		List<Long> measureSource = new ArrayList<>();
		List<Long> measureParent = new ArrayList<>();
		List<String> measureCode = new ArrayList<>();
		List<String> measureTitle = new ArrayList<>();
		for (int i = 0; i < areas.size(); i++) {
			for (int m = 1; m <= 5; m++) {
				measureSource.add(areaSource.get(i));
				measureParent.add(areas.get(i));
				measureCode.add(areaCode.get(i) + "." + m);
				measureTitle.add(thai.title(seed * 37 + areas.get(i) * 11 + m));
			}
		}
		List<Long> measures = Sql.longs(connection, """
				insert into planning_item (source_id, parent_id, code, level, title_th, sort_order)
				select s, p, c, 'MEASURE', t, o::int
				from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) with ordinality as x(s, p, c, t, o)
				order by o returning id
				""", measureSource.toArray(Long[]::new), measureParent.toArray(Long[]::new),
				measureCode.toArray(String[]::new), measureTitle.toArray(String[]::new));
		rows += areas.size() + measures.size();
		// working groups on areas, CPI sources on measures
		Long[] areaIds = areas.toArray(Long[]::new);
		String[] areaGroups = areas.stream().map(id -> groups.get(random.nextInt(groups.size()))).toArray(String[]::new);
		rows += Sql.update(connection, """
				insert into planning_item_working_group (item_id, working_group_code)
				select * from unnest(?::bigint[], ?::text[])
				""", areaIds, areaGroups);
		List<Long> targetItems = new ArrayList<>();
		List<String> targetCodes = new ArrayList<>();
		for (long measure : measures) {
			Set<String> chosen = new LinkedHashSet<>();
			int n = 1 + random.nextInt(2);
			while (chosen.size() < n) {
				chosen.add(cpi.get(random.nextInt(cpi.size())));
			}
			for (String code : chosen) {
				targetItems.add(measure);
				targetCodes.add(code);
			}
		}
		rows += Sql.update(connection, """
				insert into planning_item_cpi_target (item_id, cpi_source_code) select * from unnest(?::bigint[], ?::text[])
				""", targetItems.toArray(Long[]::new), targetCodes.toArray(String[]::new));
		// activities spread evenly over the measures
		String[] codes = new String[activities];
		Long[] items = new Long[activities];
		String[] titles = new String[activities];
		Long[] budgets = new Long[activities];
		Boolean[] quickWins = new Boolean[activities];
		for (int i = 0; i < activities; i++) {
			codes[i] = String.format(Locale.ROOT, "B69-%04d", i + 1);
			items[i] = measures.get(i % measures.size());
			titles[i] = thai.title(seed * 41 + i);
			budgets[i] = 50_000L + random.nextLong(50_000_000L);
			quickWins[i] = i % 50 == 0;
		}
		List<Long> activityIds = Sql.longs(connection, """
				insert into planning_activity (code, item_id, fiscal_year, title_th, timeframe_th, start_date, end_date,
				       planned_budget, quick_win)
				select c, i, ?, t, 'ต.ค. ๖๘ – ก.ย. ๖๙', date '2025-10-01', date '2026-09-30', b, q
				from unnest(?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::boolean[]) with ordinality as x(c, i, t, b, q, o)
				order by o returning id
				""", FISCAL_YEAR, codes, items, titles, budgets, quickWins);
		rows += activityIds.size();
		// one KPI per activity, definition version 1
		List<Long> kpis = Sql.longs(connection, """
				insert into planning_kpi (activity_id, sort_order, version)
				select a, 1, 1 from unnest(?::bigint[]) with ordinality as x(a, o) order by o returning id
				""", (Object) activityIds.toArray(Long[]::new));
		rows += kpis.size();
		rows += Sql.update(connection, """
				insert into planning_kpi_definition (kpi_id, version, name_th, unit_th, baseline, target, changed_by)
				select k, 1, 'ร้อยละของหน่วยงานที่ดำเนินการตามแผนครบถ้วน', 'ร้อยละ', 40, 80, ?
				from unnest(?::bigint[]) as x(k)
				""", ACTOR, kpis.toArray(Long[]::new));
		rows += assign(connection, activityIds, random);
		connection.commit();
		report.phase("planning: sources, items, activities, KPIs, responsible agencies", rows, millisSince(t));
		return rows;
	}

	/** One central lead and two central co-agencies per activity, the rest local governments. */
	private long assign(Connection connection, List<Long> activityIds, SplittableRandom random) throws SQLException {
		List<Long> central = Sql.longs(connection, "select id from directory_agency where code like 'BENCH-%' order by id");
		List<Long> local = Sql.longs(connection, """
				select id from directory_agency
				where type in ('PROVINCIAL_ADMIN_ORG', 'CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY',
				               'SUBDISTRICT_MUNICIPALITY', 'SUBDISTRICT_ADMIN_ORG', 'SPECIAL_ADMIN_AREA')
				order by id
				""");
		int perActivity = assignments / activityIds.size();
		int extra = assignments % activityIds.size();
		List<Long> activity = new ArrayList<>(assignments);
		List<Long> agency = new ArrayList<>(assignments);
		List<String> role = new ArrayList<>(assignments);
		for (int i = 0; i < activityIds.size(); i++) {
			int wanted = perActivity + (i < extra ? 1 : 0);
			Set<Long> chosen = new LinkedHashSet<>();
			int centralWanted = Math.min(3, wanted);
			while (chosen.size() < centralWanted) {
				chosen.add(central.get(random.nextInt(central.size())));
			}
			while (chosen.size() < wanted) {
				chosen.add(local.get(random.nextInt(local.size())));
			}
			boolean first = true;
			for (long id : chosen) {
				activity.add(activityIds.get(i));
				agency.add(id);
				role.add(first ? "LEAD" : "CO");
				first = false;
			}
		}
		return Sql.update(connection, """
				insert into planning_activity_agency (activity_id, agency_id, role)
				select * from unnest(?::bigint[], ?::bigint[], ?::text[])
				""", activity.toArray(Long[]::new), agency.toArray(Long[]::new), role.toArray(String[]::new));
	}

	// --- rounds and reports

	private List<Round> openRounds(Reporting reporting, long coordinatorId) {
		long t = System.nanoTime();
		BenchApp.signInAsCoordinator(coordinatorId, COORDINATOR_PREFIX + "001");
		List<Round> rounds = new ArrayList<>();
		for (RoundKind kind : roundKinds) {
			// due a month after the period ends (the fiscal year starts on 1 October 2025 for B.E. 2569)
			LocalDate due = LocalDate.of(2025, 10, 1).plusMonths(kind.months() + 1).minusDays(1);
			rounds.add(reporting.openRound(new OpenRound(FISCAL_YEAR, kind, null, null, null, due)));
		}
		long expected = (long) assignments * rounds.size();
		report.phase("open rounds through Reporting.openRound (expected reports)", expected, millisSince(t));
		return rounds;
	}

	/** States in a closed round (mostly done) and in the open one (work in progress). */
	private static String state(SplittableRandom random, boolean open) {
		int p = random.nextInt(100);
		if (!open) {
			return p < 70 ? "ACCEPTED" : p < 80 ? "APPROVED" : p < 88 ? "SUBMITTED" : p < 93 ? "RETURNED" : p < 97 ? "DRAFT" : "EXPECTED";
		}
		return p < 25 ? "ACCEPTED" : p < 40 ? "APPROVED" : p < 55 ? "SUBMITTED" : p < 60 ? "RETURNED" : p < 85 ? "DRAFT" : "EXPECTED";
	}

	private static final String[] PROGRESS = { "ON_TRACK", "ON_TRACK", "ON_TRACK", "COMPLETED", "COMPLETED", "DELAYED",
			"NOT_STARTED", "SUSPENDED", "CANCELLED" };

	private void fillReports(Connection connection, Round round, boolean open) throws SQLException, IOException {
		long t = System.nanoTime();
		List<Long> ids = Sql.longs(connection, "select id from reporting_report where round_id = ? order by id", round.id());
		Sql.update(connection, """
				create temp table bench_content (
				    id bigint, state text, progress_status text,
				    -- stored uncompressed so that the reports' own TOAST rules apply when copied, as for app writes
				    narrative text storage external, problems text storage external, suggestions text storage external,
				    budget_allocated numeric, budget_disbursed numeric, revision int, first_submitted_at timestamptz,
				    submitted_at timestamptz, approved_at timestamptz, accepted_at timestamptz, returned_at timestamptz,
				    return_reason text, updated_at timestamptz) on commit drop
				""");
		OffsetDateTime due = round.dueDate().atTime(17, 0).atOffset(ZoneOffset.ofHours(7));
		StringBuilder batch = new StringBuilder(4 << 20);
		long copied = 0;
		long bytes = 0;
		for (long id : ids) {
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
			String state = state(random, open);
			if (state.equals("EXPECTED")) {
				continue;
			}
			String narrative = thai.narrative(seed * 7_919L + id, narrativeBytes);
			bytes += ThaiNarratives.utf8Length(narrative);
			String problems = random.nextInt(2) == 0 ? thai.narrative(id * 3 + 1, 300) : null;
			String suggestions = random.nextInt(3) == 0 ? thai.narrative(id * 3 + 2, 200) : null;
			long allocated = 10_000L * (1 + random.nextInt(5_000));
			long disbursed = allocated * random.nextInt(101) / 100;
			OffsetDateTime submitted = due.minusDays(random.nextInt(40)).plusDays(random.nextInt(100) < 15 ? 20 : 0)
				.minusMinutes(random.nextInt(600));
			boolean received = !state.equals("DRAFT");
			int revision = received ? 2 + random.nextInt(3) : 1 + random.nextInt(3);
			OffsetDateTime approved = state.equals("APPROVED") || state.equals("ACCEPTED") ? submitted.plusDays(2) : null;
			OffsetDateTime accepted = state.equals("ACCEPTED") ? submitted.plusDays(9) : null;
			OffsetDateTime returned = state.equals("RETURNED") ? submitted.plusDays(5) : null;
			OffsetDateTime updated = Stream.of(accepted, returned, approved, received ? submitted : null)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(submitted.minusDays(3));
			Sql.copyRow(batch, id, state, PROGRESS[random.nextInt(PROGRESS.length)], narrative, problems, suggestions,
					allocated, disbursed, revision, received ? submitted : null,
					received && !state.equals("RETURNED") ? submitted : null, approved, accepted, returned,
					returned == null ? null : "ขอให้ระบุผลการดำเนินงานเชิงปริมาณและแนบหลักฐานประกอบ", updated);
			copied++;
			if (batch.length() > (4 << 20)) {
				Sql.copy(connection, "copy bench_content from stdin", batch);
				batch.setLength(0);
			}
		}
		Sql.copy(connection, "copy bench_content from stdin", batch);
		long copiedAt = System.nanoTime();
		int updated = Sql.update(connection, """
				update reporting_report r
				set state = c.state, progress_status = c.progress_status, narrative = c.narrative,
				    problems = c.problems, suggestions = c.suggestions, budget_allocated = c.budget_allocated,
				    budget_disbursed = c.budget_disbursed, revision = c.revision,
				    first_submitted_at = c.first_submitted_at, submitted_at = c.submitted_at,
				    submitted_by = case when c.submitted_at is not null then 'reporter' end,
				    approved_at = c.approved_at, approved_by = case when c.approved_at is not null then 'approver' end,
				    accepted_at = c.accepted_at, accepted_by = case when c.accepted_at is not null then 'coordinator' end,
				    returned_at = c.returned_at, returned_by = case when c.returned_at is not null then 'coordinator' end,
				    return_reason = c.return_reason, updated_at = c.updated_at, updated_by = ?,
				    version = r.version + c.revision
				from bench_content c
				where r.id = c.id
				""", ACTOR);
		connection.commit();
		long ms = millisSince(t);
		report.phase(String.format(Locale.ROOT, "%s reports: COPY %,d MB narratives to a temp table (%,d ms), one UPDATE ... FROM",
				round.kind(), bytes >> 20, (copiedAt - t) / 1_000_000), updated, ms);
		if (updated != copied) {
			throw new IllegalStateException("Updated " + updated + " reports, copied " + copied);
		}
	}

	private long kpiActualsAndVersions(Connection connection) throws SQLException {
		long t = System.nanoTime();
		int kpiRows = Sql.update(connection, """
				insert into reporting_report_kpi (report_id, kpi_id, kpi_version, actual)
				select r.id, k.id, k.version, (abs(hashtext(r.id::text || ':' || k.id)) % 100)::numeric
				from reporting_report r
				join planning_kpi k on k.activity_id = r.activity_id
				where r.state <> 'EXPECTED'
				""");
		int versions = Sql.update(connection, """
				insert into reporting_report_version (report_id, revision, event, snapshot, created_at, created_by)
				select r.id, r.revision,
				       case r.state when 'DRAFT' then 'SAVED' else r.state end,
				       jsonb_build_object('state', r.state, 'progressStatus', r.progress_status, 'narrative', r.narrative,
				           'budgetAllocated', r.budget_allocated, 'budgetDisbursed', r.budget_disbursed,
				           'problems', r.problems, 'suggestions', r.suggestions, 'links', '',
				           coalesce('kpi-' || k.kpi_id, 'kpi'), k.actual::text, 'evidence', ''),
				       r.updated_at, ?
				from reporting_report r
				left join reporting_report_kpi k on k.report_id = r.id
				where r.state <> 'EXPECTED'
				""", ACTOR);
		connection.commit();
		report.phase("report KPI actuals and version snapshots", kpiRows + versions, millisSince(t));
		return kpiRows + versions;
	}

	private Void closeEarlierRounds(Reporting reporting, List<Round> rounds, long coordinatorId) {
		long t = System.nanoTime();
		BenchApp.signInAsCoordinator(coordinatorId, COORDINATOR_PREFIX + "001");
		for (Round round : rounds.subList(0, rounds.size() - 1)) {
			Round current = reporting.round(round.id());
			reporting.updateRound(current.id(), current.version(), false, true, current.dueDate());
		}
		report.phase("close and publish the earlier round(s)", rounds.size() - 1, millisSince(t));
		return null;
	}

	private void summary(Connection connection) throws SQLException {
		System.out.println();
		System.out.println("Dataset:");
		for (Object[] row : Sql.rows(connection, """
				select * from (
				          select 1, 'agencies', count(*) from directory_agency
				union all select 2, 'users', count(*) from directory_user
				union all select 3, 'recommendation sources', count(*) from planning_source
				union all select 4, 'recommendation items', count(*) from planning_item
				union all select 5, 'activities', count(*) from planning_activity
				union all select 6, 'responsible agencies (assignments)', count(*) from planning_activity_agency
				union all select 7, 'reporting rounds', count(*) from reporting_round
				union all select 8, 'reports', count(*) from reporting_report
				union all select 9, 'reports with a narrative', count(*) from reporting_report where narrative is not null
				union all select 10, 'report versions', count(*) from reporting_report_version
				union all select 11, 'audit log entries', count(*) from audit_log) t order by 1
				""")) {
			System.out.printf(Locale.ROOT, "  %-38s %,12d%n", row[1], ((Number) row[2]).longValue());
		}
		for (Object[] row : Sql.rows(connection, """
				select o.kind, r.state, count(*) from reporting_report r join reporting_round o on o.id = r.round_id
				group by o.kind, o.period_end, r.state order by o.period_end, r.state
				""")) {
			System.out.printf(Locale.ROOT, "  reports %-4s %-10s %,18d%n", row[0], row[1], ((Number) row[2]).longValue());
		}
		Object[] narrative = Sql.rows(connection,
				"select avg(octet_length(narrative))::bigint, avg(char_length(narrative))::bigint from reporting_report where narrative is not null")
			.get(0);
		System.out.printf(Locale.ROOT, "  average narrative: %,d bytes UTF-8 (%,d characters)%n",
				((Number) narrative[0]).longValue(), ((Number) narrative[1]).longValue());
		System.out.printf(Locale.ROOT, "  database size: %,d MB in %s%n",
				Sql.single(connection, "select pg_database_size(current_database())") >> 20, dataDir.toAbsolutePath());
	}

	// --- plumbing

	private interface SqlStep<T> {

		T run() throws Exception;

	}

	private static <T> T step(SqlStep<T> step) {
		try {
			return step.run();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	/** Removes an earlier benchmark database; refuses anything that is not a PostgreSQL data directory. */
	static void wipe(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		if (!Files.exists(dir.resolve("PG_VERSION"))) {
			throw new IllegalStateException(dir.toAbsolutePath() + " exists and is not a PostgreSQL data directory");
		}
		// the search index goes too: one built from another dataset would answer with reports that are gone
		for (Path path : new Path[] { dir, dir.resolveSibling(dir.getFileName() + "-files"),
				dir.resolveSibling(dir.getFileName() + "-search") }) {
			if (Files.exists(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.sorted(Comparator.reverseOrder()).forEach(p -> {
						try {
							Files.delete(p);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					});
				}
			}
		}
	}

	/** Phases with rows and elapsed time, printed as a table. */
	static final class Report {

		private final Map<String, long[]> phases = new LinkedHashMap<>();

		private final Map<String, Long> notes = new LinkedHashMap<>();

		void phase(String name, long rows, long millis) {
			phases.put(name, new long[] { rows, millis });
			System.out.printf(Locale.ROOT, "  %-100s %,9d rows %,8d ms%n", name, rows, millis);
		}

		void note(String name, long value) {
			notes.put(name, value);
		}

		void print(long totalMillis, long auditRows) {
			long rows = phases.values().stream().mapToLong(p -> p[0]).sum();
			long generation = phases.entrySet()
				.stream()
				.filter(e -> !e.getKey().startsWith("app start"))
				.mapToLong(e -> e.getValue()[1])
				.sum();
			System.out.println();
			System.out.printf(Locale.ROOT, "%-60s %,12d%n", "rows written by the generator (excl. audit log)", rows);
			System.out.printf(Locale.ROOT, "%-60s %,12d%n", "audit log entries written by the triggers", auditRows);
			notes.forEach((name, value) -> System.out.printf(Locale.ROOT, "%-60s %,12d%n", name, value));
			System.out.printf(Locale.ROOT, "%-60s %,12d ms%n", "generation (after app start)", generation);
			System.out.printf(Locale.ROOT, "%-60s %,12d ms%n", "total elapsed incl. app start", totalMillis);
			System.out.printf(Locale.ROOT, "%-60s %,12.0f rows/s (%,.0f incl. audit entries)%n", "generation throughput",
					rows * 1000.0 / Math.max(1, generation), (rows + auditRows) * 1000.0 / Math.max(1, generation));
		}

	}

}
