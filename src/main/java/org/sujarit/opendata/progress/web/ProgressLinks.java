package org.sujarit.opendata.progress.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.sujarit.directory.AgencyType;
import org.sujarit.opendata.progress.ProgressFilter;
import org.sujarit.opendata.progress.ProgressState;

/**
 * Links from the progress page to the same page and its downloads with other filters, naming only the
 * filters that are set (the template calls {@code ${links.list(...)}}).
 */
public final class ProgressLinks {

	private final ProgressFilter filter;

	ProgressLinks(ProgressFilter filter) {
		this.filter = filter;
	}

	/** The LAO list of this year and type in one province and/or type (null: the filter's own) and state. */
	public String list(String province, AgencyType laoType, ProgressState state) {
		return build("/opendata/progress", province == null ? filter.provinceCode() : province,
				laoType == null ? filter.laoType() : laoType, state, 0) + "#laos";
	}

	/** Another page of the current list (a negative offset is the first page). */
	public String page(int offset) {
		return build("/opendata/progress", filter.provinceCode(), filter.laoType(), filter.state(), offset) + "#laos";
	}

	/** The current list as a file: {@code csv} or {@code xlsx}. */
	public String download(String extension) {
		return build("/opendata/progress/laos." + extension, filter.provinceCode(), filter.laoType(), filter.state(), 0);
	}

	/** Where the form that writes reminders to the current list posts. */
	public String reminders() {
		return build("/opendata/progress/reminders", filter.provinceCode(), filter.laoType(), filter.state(), 0);
	}

	/** The same filters as JSON. */
	public String api() {
		return build("/api/v1/opendata/progress", filter.provinceCode(), filter.laoType(), null, 0);
	}

	private String build(String path, String province, AgencyType laoType, ProgressState state, int offset) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
			.queryParam("fiscalYear", filter.fiscalYear())
			.queryParam("documentType", filter.documentType());
		if (province != null) {
			uri.queryParam("province", province);
		}
		if (laoType != null) {
			uri.queryParam("laoType", laoType);
		}
		if (state != null) {
			uri.queryParam("state", state);
		}
		if (offset > 0) {
			uri.queryParam("offset", offset);
		}
		return uri.encode().build().toUriString();
	}

}
