package org.sujarit.opendata.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.sujarit.opendata.CodeList;

/** Adding or changing one code of a code list. */
record CodeForm(CodeList list, @Size(max = 40) String code, @NotBlank @Size(max = 200) String nameTh,
		@NotBlank @Size(max = 200) String nameEn, @Size(max = 40) String parent, @Size(max = 20) String dlaCode,
		int sortOrder, boolean active, Integer version) {
}
