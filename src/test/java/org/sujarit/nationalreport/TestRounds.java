package org.sujarit.nationalreport;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.directory.NewAgency;
import org.sujarit.platform.audit.Actor;
import org.sujarit.platform.demo.DemoDataStep;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.platform.tabular.BundledCsv;
import org.sujarit.reporting.OpenRound;
import org.sujarit.reporting.Reporting;
import org.sujarit.reporting.RoundKind;

/**
 * A round to compile, inside the test's transaction: the demo agencies and the seed's FY 2565 plans, a
 * round opened through the reporting facade, and most of its reports accepted — the lead agencies' with
 * the seed's own progress texts, the others with a text holding every kind of Thai mark.
 */
final class TestRounds {

	static final String MARKS = "ที่ ผู้ใหญ่ น้ำ ปี่ กี่ ตุ๊กตา";

	static final int FISCAL_YEAR = 2565;

	private TestRounds() {
	}

	static SujaritUser coordinator() {
		return new SujaritUser(3, "coordinator.test", "x", "ผู้ประสานงาน", null, Set.of(Role.COORDINATOR), null, true);
	}

	static void signInAsCoordinator() {
		SujaritUser user = coordinator();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** Creates the round and accepts four reports in five; returns the round's id. */
	static long acceptedRound(ApplicationContext context, JdbcClient jdbc) {
		Directory directory = context.getBean(Directory.class);
		for (BundledCsv.Row row : BundledCsv.read("demo/agencies.csv")) {
			if (directory.agencyByCode(row.get("code")).isEmpty()) {
				directory.saveAgency(new NewAgency(row.get("code"), row.get("name_th"), row.orNull("name_en"), row.orNull("abbrev_th"),
						AgencyType.valueOf(row.get("type")), row.orNull("parent_code"), row.orNull("province_code"), null));
			}
		}
		Actor.runAs("demo", context.getBean("planningDemoData", DemoDataStep.class)::load);
		signInAsCoordinator();
		long round = context.getBean(Reporting.class)
			.openRound(new OpenRound(FISCAL_YEAR, RoundKind.CUSTOM, "ทดสอบรายงานประจำปี", LocalDate.of(2021, 10, 1),
					LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 31)))
			.id();
		Map<String, String> seedProgress = new HashMap<>();
		for (BundledCsv.Row row : BundledCsv.read("demo/activities.csv")) {
			if (!row.get("progress_th").isEmpty()) {
				seedProgress.put(row.get("code"), row.get("progress_th"));
			}
		}
		record Expected(long id, String activityCode, String role) {
		}
		List<Expected> reports = jdbc.sql("select id, activity_code, agency_role from reporting_report where round_id = :round order by id")
			.param("round", round)
			.query((rs, n) -> new Expected(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		String[] statuses = { "COMPLETED", "ON_TRACK", "DELAYED", "NOT_STARTED" };
		for (int i = 0; i < reports.size(); i++) {
			if (i % 5 == 4) {
				continue;
			}
			Expected report = reports.get(i);
			String seed = seedProgress.get(report.activityCode());
			String narrative = "LEAD".equals(report.role()) && seed != null ? seed
					: "ผลการดำเนินงานของหน่วยงาน " + MARKS + " ตามกิจกรรม " + report.activityCode();
			jdbc.sql("""
					update reporting_report
					set state = 'ACCEPTED', progress_status = :status, narrative = :narrative, revision = revision + 1,
					    first_submitted_at = now() - interval '3 days', submitted_at = now() - interval '3 days', submitted_by = 'test',
					    approved_at = now() - interval '2 days', accepted_at = now() - interval '1 day'
					where id = :id
					""").param("status", statuses[i % statuses.length]).param("narrative", narrative).param("id", report.id()).update();
		}
		return round;
	}

}
