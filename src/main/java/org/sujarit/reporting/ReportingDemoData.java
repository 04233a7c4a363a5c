package org.sujarit.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.demo.DemoDataStep;
import org.sujarit.platform.tabular.BundledCsv;
import org.sujarit.platform.thai.ThaiCalendar;

/**
 * Demo: the FY 2565 12-month round of the seed report, open, with the seed's real progress texts on the
 * lead agencies' reports and a mix of workflow states so a new user sees a living system. Each agency keeps
 * its first report not started and its second as a draft, so every demo reporter has work to do.
 */
@Component
@ConditionalOnProperty(name = "sujarit.demo", havingValue = "true")
class ReportingDemoData implements DemoDataStep {

	static final int FISCAL_YEAR = 2565;

	private final Rounds rounds;

	private final RoundRepository roundRepository;

	private final JdbcClient jdbc;

	ReportingDemoData(Rounds rounds, RoundRepository roundRepository, JdbcClient jdbc) {
		this.rounds = rounds;
		this.roundRepository = roundRepository;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	@Transactional
	public void load() {
		if (!roundRepository.findAll().isEmpty()) {
			return;
		}
		Round round = rounds.open(new OpenRound(FISCAL_YEAR, RoundKind.M12, "", null, null, ThaiCalendar.today().plusDays(14)));
		roundRepository.update(round.id(), round.version(), "OPEN", true, round.dueDate());
		Map<String, String> progress = progressByActivity();
		record Expected(long id, long agencyId, String activityCode, String role) {
		}
		List<Expected> expected = jdbc.sql("""
				select id, agency_id, activity_code, agency_role from reporting_report
				where round_id = :round order by agency_id, activity_code, id
				""")
			.param("round", round.id())
			.query((rs, n) -> new Expected(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("activity_code"),
					rs.getString("agency_role")))
			.list();
		Map<Long, Integer> seenPerAgency = new HashMap<>();
		for (Expected report : expected) {
			int nth = seenPerAgency.merge(report.agencyId(), 1, Integer::sum);
			String text = progress.get(report.activityCode());
			if (nth == 1 || text == null || !"LEAD".equals(report.role())) {
				continue;
			}
			String state = nth == 2 ? "DRAFT" : stateFor(report.id());
			fill(report.id(), text, state);
		}
	}

	private static String stateFor(long id) {
		return switch ((int) (id % 10)) {
			case 0 -> "DRAFT";
			case 1 -> "SUBMITTED";
			case 2 -> "APPROVED";
			case 3 -> "RETURNED";
			default -> "ACCEPTED";
		};
	}

	private void fill(long id, String narrative, String state) {
		boolean submitted = !"DRAFT".equals(state);
		jdbc.sql("""
				update reporting_report
				set progress_status = :status, narrative = :narrative, state = :state, revision = revision + 1,
				    budget_allocated = null, updated_at = now(), updated_by = 'demo',
				    first_submitted_at = case when :submitted then now() - interval '3 days' end,
				    submitted_at = case when :submitted then now() - interval '3 days' end,
				    submitted_by = case when :submitted then 'demo' end,
				    approved_at = case when :state in ('APPROVED', 'ACCEPTED') then now() - interval '2 days' end,
				    accepted_at = case when :state = 'ACCEPTED' then now() - interval '1 day' end,
				    returned_at = case when :state = 'RETURNED' then now() - interval '1 day' end,
				    return_reason = case when :state = 'RETURNED' then :reason end
				where id = :id
				""")
			.param("status", narrative.contains("แล้วเสร็จ") ? "COMPLETED" : "ON_TRACK")
			.param("narrative", narrative)
			.param("state", state)
			.param("submitted", submitted)
			.param("reason", "กรุณาระบุผลการดำเนินงานเชิงปริมาณและแนบเอกสารหลักฐานประกอบ")
			.param("id", id)
			.update();
	}

	private static Map<String, String> progressByActivity() {
		Map<String, String> progress = new HashMap<>();
		for (BundledCsv.Row row : BundledCsv.read("demo/activities.csv")) {
			String text = row.get("progress_th");
			if (!text.isEmpty()) {
				progress.put(row.get("code"), text);
			}
		}
		return progress;
	}

}
