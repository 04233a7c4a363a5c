package org.sujarit.planning;

import java.util.List;

/**
 * A working group (คณะทำงาน) of the CPI subcommittee and the CPI sources it follows.
 */
public record WorkingGroup(String code, String nameTh, List<String> cpiSources) {

	public WorkingGroup {
		cpiSources = List.copyOf(cpiSources);
	}

}
