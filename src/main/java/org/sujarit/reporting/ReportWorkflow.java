package org.sujarit.reporting;

import java.util.EnumSet;
import java.util.Set;

import org.sujarit.platform.security.Role;
import org.sujarit.platform.security.SujaritUser;

/**
 * Who may do what to a report in which state. Pure rules; the service enforces them.
 */
final class ReportWorkflow {

	enum Step {

		SAVE, SUBMIT, APPROVE, AGENCY_RETURN, ACCEPT, RETURN, REOPEN

	}

	private ReportWorkflow() {
	}

	static Set<Step> allowed(SujaritUser user, ReportState state, long agencyId, boolean roundOpen) {
		Set<Step> steps = EnumSet.noneOf(Step.class);
		boolean ownAgency = user.belongsTo(agencyId);
		if (ownAgency && user.has(Role.AGENCY_REPORTER) && roundOpen && state.editableByAgency()) {
			steps.add(Step.SAVE);
			steps.add(Step.SUBMIT);
		}
		if (ownAgency && user.has(Role.AGENCY_APPROVER) && state == ReportState.SUBMITTED) {
			steps.add(Step.APPROVE);
			steps.add(Step.AGENCY_RETURN);
		}
		if (user.has(Role.COORDINATOR)) {
			if (state == ReportState.APPROVED) {
				steps.add(Step.ACCEPT);
				steps.add(Step.RETURN);
			}
			if (state == ReportState.ACCEPTED) {
				steps.add(Step.REOPEN);
			}
		}
		return steps;
	}

	static ReportState target(Step step) {
		return switch (step) {
			case SAVE -> ReportState.DRAFT;
			case SUBMIT -> ReportState.SUBMITTED;
			case APPROVE -> ReportState.APPROVED;
			case ACCEPT -> ReportState.ACCEPTED;
			case AGENCY_RETURN, RETURN, REOPEN -> ReportState.RETURNED;
		};
	}

	static boolean canRead(SujaritUser user, long agencyId, Set<String> workingGroups, ReportState state) {
		if (user.seesAllAgencies() || user.belongsTo(agencyId)) {
			return true;
		}
		return user.has(Role.WORKING_GROUP_MEMBER) && user.workingGroup() != null
				&& workingGroups.contains(user.workingGroup()) && state == ReportState.ACCEPTED;
	}

}
