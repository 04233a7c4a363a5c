package org.sujarit.reporting;

/**
 * How the activity itself is going (สถานะการดำเนินงาน), as the agency reports it.
 */
public enum ProgressStatus {

	NOT_STARTED, ON_TRACK, DELAYED, COMPLETED, CANCELLED, SUSPENDED

}
