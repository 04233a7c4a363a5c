package org.sujarit.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.DirectoryProperties;
import org.sujarit.directory.imports.AgencyImports;
import org.sujarit.directory.imports.ImportColumn;
import org.sujarit.directory.imports.ImportOutcome;
import org.sujarit.directory.imports.ImportPreview;
import org.sujarit.directory.imports.ImportTemplates;
import org.sujarit.platform.web.DomainException;

/**
 * Bulk agency import: upload, dry-run results row by row, apply, and the empty templates.
 */
@Controller
@RequestMapping("/directory/agencies/import")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class AgencyImportController {

	static final int PAGE_SIZE = 200;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AgencyImports imports;

	private final ImportTemplates templates;

	private final DirectoryProperties properties;

	AgencyImportController(AgencyImports imports, ImportTemplates templates, DirectoryProperties properties) {
		this.imports = imports;
		this.templates = templates;
		this.properties = properties;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("columns", ImportColumn.values());
		model.addAttribute("agencyTypes", AgencyType.values());
		model.addAttribute("recent", imports.recent(10));
		model.addAttribute("maxSizeMb", properties.importMaxSize().toMegabytes());
		model.addAttribute("maxRows", properties.importMaxRows());
		return "directory/import";
	}

	@PostMapping
	String dryRun(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null) {
				throw DomainException.invalid("directory.import.file.empty");
			}
			UUID token = imports.dryRun(file.getOriginalFilename(), file.getBytes());
			return "redirect:/directory/agencies/import/" + token;
		}
		catch (DomainException ex) {
			Problems.show(model, ex);
			return upload(model);
		}
	}

	@GetMapping("/{token:[0-9a-fA-F-]{36}}")
	String preview(@PathVariable UUID token, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) Integer page, Model model) {
		ImportPreview preview = imports.preview(token);
		// errors first: until they are fixed nothing else matters
		ImportOutcome shown = outcome == null || outcome.isBlank()
				? (preview.errorCount() > 0 && !preview.applied() ? ImportOutcome.ERROR : null)
				: Arrays.stream(ImportOutcome.values()).filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
		Paging paging = Paging.of(page, PAGE_SIZE, imports.countRows(token, shown));
		model.addAttribute("preview", preview);
		model.addAttribute("outcome", shown);
		model.addAttribute("outcomeParam", shown == null ? "ALL" : shown.name());
		model.addAttribute("outcomes", ImportOutcome.values());
		model.addAttribute("rows", imports.rows(token, shown, paging.size(), paging.offset()));
		model.addAttribute("paging", paging);
		return "directory/import-preview";
	}

	@PostMapping("/{token:[0-9a-fA-F-]{36}}/apply")
	String apply(@PathVariable UUID token, RedirectAttributes redirect) {
		try {
			imports.apply(token);
			redirect.addFlashAttribute("applied", true);
		}
		catch (DomainException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			Problems.flash(redirect, ex);
		}
		return "redirect:/directory/agencies/import/" + token;
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> csvTemplate() {
		return download(templates.csv(), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"agencies-template.csv");
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
		return download(templates.xlsx(locale), XLSX, "agencies-template.xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
