package org.sujarit.reporting;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds reporting rows directly for tests that are about reporting alone (permissions, workflow, counts),
 * with valid defaults: {@code aReport(jdbc).agency(7).state(DRAFT).persist()}.
 */
final class TestReports {

	private final JdbcClient jdbc;

	private long roundId;

	private long activityId = 900_001;

	private long agencyId = 800_001;

	private ReportState state = ReportState.EXPECTED;

	private String workingGroup = "BRIBERY";

	private TestReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static TestReports aReport(JdbcClient jdbc) {
		return new TestReports(jdbc);
	}

	static long aRound(JdbcClient jdbc, boolean open, LocalDate due) {
		return jdbc.sql("""
				insert into reporting_round (fiscal_year, kind, title_th, period_start, period_end, due_date, status, opened_by)
				values (2569, 'CUSTOM', 'ทดสอบ', date '2025-10-01', date '2026-03-31', :due, :status, 'test')
				returning id
				""").param("due", due).param("status", open ? "OPEN" : "CLOSED").query(Long.class).single();
	}

	TestReports round(long id) {
		this.roundId = id;
		return this;
	}

	TestReports activity(long id) {
		this.activityId = id;
		return this;
	}

	TestReports agency(long id) {
		this.agencyId = id;
		return this;
	}

	TestReports state(ReportState state) {
		this.state = state;
		return this;
	}

	TestReports workingGroup(String group) {
		this.workingGroup = group;
		return this;
	}

	long persist() {
		if (roundId == 0) {
			roundId = aRound(jdbc, true, LocalDate.now().plusDays(10));
		}
		return jdbc.sql("""
				insert into reporting_report (round_id, activity_id, agency_id, agency_role, activity_code, source_code,
				       working_groups, state, progress_status, narrative, first_submitted_at)
				values (:round, :activity, :agency, 'LEAD', 'T-' || :activity, 'SENATE', array[:group], :state,
				        case when :state <> 'EXPECTED' then 'ON_TRACK' end,
				        case when :state <> 'EXPECTED' then 'ผลการดำเนินงานทดสอบ' end,
				        case when :state in ('SUBMITTED', 'APPROVED', 'ACCEPTED') then now() end)
				returning id
				""")
			.param("round", roundId)
			.param("activity", activityId)
			.param("agency", agencyId)
			.param("group", workingGroup)
			.param("state", state.name())
			.query(Long.class)
			.single();
	}

}
