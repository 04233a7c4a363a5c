package org.sujarit.cpi.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.cpi.imports.CpiImports;
import org.sujarit.cpi.imports.ImportPreview;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.DomainException;

/**
 * Import of TI's CPI workbook as JSON: a dry run returns what the check found; {@code dryRun=false} checks
 * and applies in one call (refused with {@code cpi.import.has-errors} while the workbook has errors).
 * Coordinators and system administrators only.
 */
@ApiController("/api/v1")
@PreAuthorize(CpiPageController.EDITORS)
class CpiImportApiController {

	private final CpiImports imports;

	CpiImportApiController(CpiImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/cpi/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Check (and optionally apply) Transparency International's CPI results workbook",
			description = "Upload the workbook as downloaded from transparency.org (CPI20xx_Results or "
					+ "GlobalResultsTrends, Transitional or Strict OOXML) as the multipart part 'file'. With dryRun=true "
					+ "(the default) nothing but the import record is written and the response lists the years found, "
					+ "Thailand's rows, and every problem with its sheet, row, column and message key. With "
					+ "dryRun=false the chosen years (all when 'years' is empty) are applied in one transaction: each "
					+ "year's results, and its source scores when the file has them, are replaced. 409 "
					+ "cpi.import.has-errors when the workbook has errors.")
	ImportPreview upload(@Parameter(description = "the workbook (.xlsx)") @RequestParam("file") MultipartFile file,
			@Parameter(description = "check only (default) or check and apply") @RequestParam(defaultValue = "true") boolean dryRun,
			@Parameter(description = "CPI years to apply (default: every year in the file)") @RequestParam(required = false) List<Integer> years)
			throws IOException {
		if (file.isEmpty()) {
			throw DomainException.invalid("cpi.import.file.empty");
		}
		ImportPreview preview = imports.dryRun(file.getOriginalFilename(), file.getBytes());
		return dryRun ? preview : imports.apply(preview.token(), years);
	}

	@GetMapping("/cpi/imports/{token}")
	@Operation(summary = "An import's check result, or what was applied")
	ImportPreview preview(@PathVariable UUID token) {
		return imports.preview(token);
	}

	@PostMapping("/cpi/imports/{token}/apply")
	@Operation(summary = "Apply a checked import: the chosen years (default all) replace the loaded ones")
	ImportPreview apply(@PathVariable UUID token, @RequestParam(required = false) List<Integer> years) {
		return imports.apply(token, years);
	}

}
