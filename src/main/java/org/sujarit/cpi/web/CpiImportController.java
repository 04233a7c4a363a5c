package org.sujarit.cpi.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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
import org.sujarit.cpi.imports.CpiImports;
import org.sujarit.cpi.imports.ImportPreview;
import org.sujarit.platform.web.DomainException;

/**
 * Import of TI's CPI workbook: upload, the check (years, Thailand's rows, problems by sheet, row and
 * column), apply the chosen years. Coordinators and system administrators only.
 */
@Controller
@RequestMapping("/cpi/import")
@PreAuthorize(CpiPageController.EDITORS)
class CpiImportController {

	private final CpiImports imports;

	CpiImportController(CpiImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("recent", imports.recent(10));
		return "cpi/import";
	}

	@PostMapping
	String check(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw DomainException.invalid("cpi.import.file.empty");
			}
			ImportPreview preview = imports.dryRun(file.getOriginalFilename(), file.getBytes());
			return "redirect:/cpi/import/" + preview.token();
		}
		catch (DomainException ex) {
			show(model, ex);
			return upload(model);
		}
	}

	@GetMapping("/{token:[0-9a-fA-F-]{36}}")
	String preview(@PathVariable UUID token, Model model) {
		ImportPreview preview = imports.preview(token);
		model.addAttribute("preview", preview);
		model.addAttribute("correctedCount",
				preview.years().stream().mapToInt(y -> y.correctedReplaced().size()).sum());
		return "cpi/import-preview";
	}

	@PostMapping("/{token:[0-9a-fA-F-]{36}}/apply")
	String apply(@PathVariable UUID token, @RequestParam(name = "years", required = false) List<Integer> years,
			RedirectAttributes redirect) {
		try {
			if (years == null || years.isEmpty()) {
				throw DomainException.invalid("cpi.import.no-years");
			}
			imports.apply(token, years);
			redirect.addFlashAttribute("applied", true);
		}
		catch (DomainException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("problemCode", ex.code());
			redirect.addFlashAttribute("problemArgs", strings(ex.arguments()));
		}
		return "redirect:/cpi/import/" + token;
	}

	private static void show(Model model, DomainException ex) {
		model.addAttribute("problemCode", ex.code());
		model.addAttribute("problemArgs", strings(ex.arguments()));
	}

	private static String[] strings(Object[] arguments) {
		return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

}
