package org.sujarit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;
import org.sujarit.reporting.ReportWorkflow.Step;

class ReportWorkflowUnitTests {

	private static final long OWN = 10;

	private static final long OTHER = 11;

	private final SujaritUser reporter = user(Role.AGENCY_REPORTER, OWN, null);

	private final SujaritUser approver = user(Role.AGENCY_APPROVER, OWN, null);

	private final SujaritUser coordinator = user(Role.COORDINATOR, null, null);

	@Test
	void reportersEditAndSubmitTheirAgencysOpenReports() {
		for (ReportState state : Set.of(ReportState.EXPECTED, ReportState.DRAFT, ReportState.RETURNED)) {
			assertThat(ReportWorkflow.allowed(reporter, state, OWN, true)).containsExactlyInAnyOrder(Step.SAVE, Step.SUBMIT);
		}
		assertThat(ReportWorkflow.allowed(reporter, ReportState.DRAFT, OTHER, true)).isEmpty();
		assertThat(ReportWorkflow.allowed(reporter, ReportState.DRAFT, OWN, false)).as("round closed").isEmpty();
		assertThat(ReportWorkflow.allowed(reporter, ReportState.SUBMITTED, OWN, true)).isEmpty();
		assertThat(ReportWorkflow.allowed(reporter, ReportState.ACCEPTED, OWN, true)).as("locked").isEmpty();
	}

	@Test
	void approversApproveOrReturnOnlyTheirAgencysSubmittedReports() {
		assertThat(ReportWorkflow.allowed(approver, ReportState.SUBMITTED, OWN, true))
			.containsExactlyInAnyOrder(Step.APPROVE, Step.AGENCY_RETURN);
		assertThat(ReportWorkflow.allowed(approver, ReportState.SUBMITTED, OTHER, true)).isEmpty();
		assertThat(ReportWorkflow.allowed(approver, ReportState.DRAFT, OWN, true)).as("approvers do not write reports")
			.isEmpty();
	}

	@Test
	void coordinatorsAcceptReturnAndReopen() {
		assertThat(ReportWorkflow.allowed(coordinator, ReportState.APPROVED, OTHER, true))
			.containsExactlyInAnyOrder(Step.ACCEPT, Step.RETURN);
		assertThat(ReportWorkflow.allowed(coordinator, ReportState.ACCEPTED, OTHER, false)).containsExactly(Step.REOPEN);
		assertThat(ReportWorkflow.allowed(coordinator, ReportState.SUBMITTED, OTHER, true)).as("agency approves first")
			.isEmpty();
		assertThat(ReportWorkflow.allowed(coordinator, ReportState.DRAFT, OTHER, true)).isEmpty();
	}

	@Test
	void stepsLeadToTheirStates() {
		assertThat(ReportWorkflow.target(Step.SUBMIT)).isEqualTo(ReportState.SUBMITTED);
		assertThat(ReportWorkflow.target(Step.APPROVE)).isEqualTo(ReportState.APPROVED);
		assertThat(ReportWorkflow.target(Step.ACCEPT)).isEqualTo(ReportState.ACCEPTED);
		assertThat(ReportWorkflow.target(Step.REOPEN)).isEqualTo(ReportState.RETURNED);
	}

	@Test
	void workingGroupMembersReadOnlyAcceptedReportsAimedAtTheirGroup() {
		SujaritUser member = user(Role.WORKING_GROUP_MEMBER, null, "BRIBERY");
		assertThat(ReportWorkflow.canRead(member, OTHER, Set.of("BRIBERY"), ReportState.ACCEPTED)).isTrue();
		assertThat(ReportWorkflow.canRead(member, OTHER, Set.of("BRIBERY"), ReportState.DRAFT)).isFalse();
		assertThat(ReportWorkflow.canRead(member, OTHER, Set.of("BUDGET"), ReportState.ACCEPTED)).isFalse();
		assertThat(ReportWorkflow.canRead(reporter, OTHER, Set.of(), ReportState.ACCEPTED)).isFalse();
		assertThat(ReportWorkflow.canRead(coordinator, OTHER, Set.of(), ReportState.DRAFT)).isTrue();
	}

	static SujaritUser user(Role role, Long agency, String workingGroup) {
		return new SujaritUser(1, role.name().toLowerCase(), "x", role.name(), agency, Set.of(role), workingGroup, true);
	}

}
