package org.sujarit.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.directory.Directory;
import org.sujarit.planning.ActivityDraft;
import org.sujarit.planning.AgencyRole;
import org.sujarit.planning.PlanTerm;
import org.sujarit.planning.Planning;
import org.sujarit.planning.TestPlans;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * A small plan aimed at CPI sources, with rounds and reports in chosen states, for the tests of the CPI
 * portfolios and the public progress. Run inside a test transaction.
 *
 * <p>Plan (source TEST_SRC): area 1 tagged BRIBERY → measure 1.1 tagged EIU. Activity {@code direct} under
 * the measure is tagged WEF itself (lead department 1, co department 2); {@code inherited} is a long-term
 * activity under the measure with no tags of its own (lead the first provincial administration);
 * {@code groupOnly} sits under the area and targets no CPI source (lead department 1).
 */
public final class TestProgress {

	/** Who the report rows name as their editors: never to appear in public output. */
	public static final String PERSON = "somchai.private";

	private TestProgress() {
	}

	public record Plan(TestPlans.Agencies agencies, TestPlans.Tree tree, long direct, long inherited, long groupOnly) {
	}

	public static SujaritUser coordinator() {
		return TestPlans.user(7_001, "test.progress.coordinator", Role.COORDINATOR, null, null);
	}

	public static Plan plan(Planning planning, Directory directory, int fiscalYear) {
		return TestPlans.as(coordinator(), () -> {
			TestPlans.Agencies agencies = TestPlans.agencies(directory);
			TestPlans.Tree tree = TestPlans.tree(planning);
			long direct = planning.createActivity(TestPlans.shortTerm(tree.measure(), fiscalYear).confirmed());
			long inherited = planning.createActivity(TestPlans.longTerm(tree.measure(), fiscalYear, fiscalYear + 2).confirmed());
			long groupOnly = planning.createActivity(new ActivityDraft(tree.area(), null, fiscalYear, PlanTerm.SHORT, null,
					"กิจกรรมของคณะทำงานทดสอบ", null, null, null, null, null, false, null, Set.of(), Set.of(), true));
			planning.assign(direct, List.of(agencies.department1()), AgencyRole.LEAD);
			planning.assign(direct, List.of(agencies.department2()), AgencyRole.CO);
			planning.assign(inherited, List.of(agencies.paoT1()), AgencyRole.LEAD);
			planning.assign(groupOnly, List.of(agencies.department1()), AgencyRole.LEAD);
			return new Plan(agencies, tree, direct, inherited, groupOnly);
		});
	}

	/** Opens a custom round of the fiscal year ending on {@code end}, published or not. */
	public static Round round(Reporting reporting, int fiscalYear, LocalDate end, boolean published) {
		return TestPlans.as(coordinator(), () -> {
			Round round = reporting.openRound(new OpenRound(fiscalYear, RoundKind.CUSTOM, "รอบทดสอบ " + end,
					org.sujarit.platform.thai.FiscalYear.of(fiscalYear).start(), end, end.plusDays(15)));
			if (published) {
				reporting.updateRound(round.id(), round.version(), true, true, round.dueDate());
			}
			return reporting.round(round.id());
		});
	}

	/** Puts the expected report of the activity and agency in the round into a state, with content. */
	public static long report(JdbcClient jdbc, long roundId, long activityId, long agencyId, ReportState state,
			ProgressStatus status, String narrative) {
		return jdbc.sql("""
				update reporting_report
				set state = :state, progress_status = :status, narrative = :narrative, updated_by = :person,
				    submitted_by = :person, submitted_at = now(), first_submitted_at = now(),
				    accepted_at = case when :state = 'ACCEPTED' then now() end,
				    accepted_by = case when :state = 'ACCEPTED' then :person end
				where round_id = :round and activity_id = :activity and agency_id = :agency
				returning id
				""")
			.param("state", state.name())
			.param("status", status == null ? null : status.name())
			.param("narrative", narrative)
			.param("person", PERSON)
			.param("round", roundId)
			.param("activity", activityId)
			.param("agency", agencyId)
			.query(Long.class)
			.single();
	}

}
